package dev.switchboard.app.accounts;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.AvatarRules;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The shared rules' messages (the workstation's own check and the backend's answers alike) in the
 * interface's language; a message it does not know is shown as the backend wrote it.
 */
final class AccountTexts {

    private static final Map<String, String> KEYS = Map.of(
            AgentRules.LOGIN_FORMAT, "accounts.error.loginFormat",
            AgentRules.LOGIN_TAKEN, "accounts.error.loginTaken",
            AgentRules.DISPLAY_NAME_FORMAT, "accounts.error.displayName",
            AgentRules.MAX_CHATS_RANGE, "accounts.error.maxChats",
            AgentRules.SKILL_RANGE, "accounts.error.skills",
            AvatarRules.NOT_A_PICTURE, "accounts.error.notAPicture",
            PasswordRules.REQUIRED, "settings.password.error.required",
            PasswordRules.TOO_SHORT, "settings.password.error.tooShort",
            PasswordRules.TOO_LONG, "settings.password.error.tooLong",
            PasswordRules.TOO_COMMON, "settings.password.error.tooCommon");

    private final I18n i18n;

    AccountTexts(I18n i18n) {
        this.i18n = i18n;
    }

    List<FieldError> words(List<FieldError> errors) {
        return errors.stream().map(error -> new FieldError(error.field(), word(error.message()))).toList();
    }

    /** A refusal with its field errors worded; anything else as it is. */
    Throwable words(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException refused && refused.problem().errors() != null && !refused.problem().errors().isEmpty()) {
            Problem problem = refused.problem();
            return new ProblemException(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                    words(problem.errors())), refused.retryAfter());
        }
        return cause;
    }

    private String word(String message) {
        String key = KEYS.get(message);
        return key == null ? message
                : i18n.get(key, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH, AgentRules.DISPLAY_NAME_MAX, AgentRules.MAX_CHATS_LIMIT);
    }
}
