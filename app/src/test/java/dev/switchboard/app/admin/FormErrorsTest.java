package dev.switchboard.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A refused save shows each message next to its field, and none is lost for want of a field. */
class FormErrorsTest {

    final FormErrors errors = new FormErrors(new I18n(Locale.SIMPLIFIED_CHINESE));

    @Test
    void fieldErrorsGoNextToTheirFieldsAndOnesTheFormLacksToTheGeneralMessage() {
        var login = errors.field("login");
        var maxChats = errors.field("maxChats");

        boolean stale = errors.show(new CompletionException(refused(ProblemType.VALIDATION, "invalid account",
                new FieldError("login", "taken"), new FieldError("login", "too short"), new FieldError("skills", "unknown group 9"))));

        assertThat(stale).isFalse();
        assertThat(login.get()).isEqualTo("taken; too short");
        assertThat(maxChats.get()).isEmpty();
        assertThat(errors.general().get()).isEqualTo("skills: unknown group 9");
        assertThat(errors.any()).isTrue();

        errors.clear();
        assertThat(errors.any()).isFalse();
    }

    @Test
    void aConflictSaysSoAndShowsTheBackendsWords() {
        boolean stale = errors.show(refused(ProblemType.CONFLICT, "group 3 changed meanwhile (now version 4, you sent 3)"));

        assertThat(stale).isTrue();
        assertThat(errors.general().get()).contains("now version 4");
    }

    @Test
    void aConflictNamingAFieldIsAClashWithAnotherItemNotAStaleEdit() {
        var login = errors.field("login");

        boolean stale = errors.show(refused(ProblemType.CONFLICT, "the login alice is taken", new FieldError("login", "taken")));

        assertThat(stale).isFalse();
        assertThat(login.get()).isEqualTo("taken");
        assertThat(errors.general().get()).isEmpty();
    }

    @Test
    void anUnreachableServerIsSaidInTheInterfacesLanguage() {
        errors.show(new ServerUnreachableException("http://localhost:1", new IOException("refused")));

        assertThat(errors.general().get()).contains("无法连接服务器");
    }

    private static ProblemException refused(ProblemType type, String detail, FieldError... fields) {
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, List.of(fields)), Optional.empty());
    }
}
