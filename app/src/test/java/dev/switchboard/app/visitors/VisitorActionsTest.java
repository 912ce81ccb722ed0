package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.testing.FakeVisitorService;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.InvitationOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invitation and block dialogs' state: what is sent, what a refusal shows, what stays typed. */
class VisitorActionsTest {

    private final FakeVisitorService service = new FakeVisitorService();
    private final NotificationCenter notices = new NotificationCenter(new ManualScheduler(), Runnable::run, () -> false, () -> { });
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final VisitorTexts texts = new VisitorTexts(i18n);
    private final MutableClock clock = new MutableClock(T0);
    private final VisitorRow visitor = VisitorRow.of(visitor("v1").search("baidu", "净化器")
            .page("https://shop.example.cn/a7", "Aurora A7").build());

    private InviteViewModel invite() {
        return new InviteViewModel(visitor, "Hello! Can I help you with anything?", service, texts, i18n, notices, Runnable::run);
    }

    private BlockViewModel block() {
        return new BlockViewModel(visitor, service, texts, i18n, notices, clock, Runnable::run);
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail), Optional.empty());
    }

    @Test
    void anInvitationSendsTheEditedMessageAndClosesWithASuccessNotice() {
        InviteViewModel model = invite();
        model.messageProperty().set("  Need help choosing a purifier?  ");
        model.forcedProperty().set(true);

        model.send();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.canSend().get()).as("no double send").isFalse();
        assertThat(service.invitations.get(0).arguments()).containsExactly("v1", "Need help choosing a purifier?", true);
        service.invitations.get(0).answer().complete(new Invitation(1, "v1", "Need help", 2L, "Alice", null, true,
                InvitationOutcome.SENT, T0));

        assertThat(model.sentProperty().get()).isTrue();
        assertThat(notices.shown()).extracting(Notice::text).containsExactly("Chat window opened for the visitor on “Aurora A7”.");
        assertThat(model.visitorText()).isEqualTo("On “Aurora A7” · Search · baidu");
    }

    @Test
    void theUntouchedStandardGreetingIsLeftToTheServerToWordInTheVisitorsLanguage() {
        InviteViewModel standard = new InviteViewModel(visitor, "Hello! Can I help you with anything?", true, service, texts, i18n, notices,
                Runnable::run);
        standard.send();
        assertThat(service.invitations.get(0).arguments()).containsExactly("v1", null, false);

        InviteViewModel edited = new InviteViewModel(visitor, "Hello! Can I help you with anything?", true, service, texts, i18n, notices,
                Runnable::run);
        edited.messageProperty().set("Hello! Looking for a purifier?");
        edited.send();
        assertThat(service.invitations.get(1).arguments()).containsExactly("v1", "Hello! Looking for a purifier?", false);

        invite().send(); // the agent's own message from the settings goes as it is, even when it reads like the greeting
        assertThat(service.invitations.get(2).arguments()).containsExactly("v1", "Hello! Can I help you with anything?", false);
    }

    @Test
    void aRefusedInvitationShowsTheServersReasonAndKeepsTheMessage() {
        InviteViewModel model = invite();
        model.messageProperty().set("My own words");

        model.send();
        service.invitations.get(0).answer().completeExceptionally(conflict("the visitor has left"));

        assertThat(model.errorProperty().get()).isEqualTo("The server refused: the visitor has left");
        assertThat(model.messageProperty().get()).isEqualTo("My own words");
        assertThat(model.sentProperty().get()).isFalse();
        assertThat(model.canSend().get()).as("the agent may try again").isTrue();
        assertThat(notices.shown()).isEmpty();
    }

    @Test
    void anEmptyOrTooLongMessageCannotBeSent() {
        InviteViewModel model = invite();
        model.messageProperty().set("   ");
        assertThat(model.canSend().get()).isFalse();
        model.send();
        model.messageProperty().set("x".repeat(InviteViewModel.MAX_LENGTH + 1));
        assertThat(model.canSend().get()).isFalse();

        assertThat(service.invitations).isEmpty();
    }

    @Test
    void aBlockNeedsAReasonAndSendsTheAddressChoiceAndExpiry() {
        BlockViewModel model = block();
        assertThat(model.reasonMissing().get()).isTrue();
        assertThat(model.canBlock().get()).isFalse();

        model.reasonProperty().set("spam links in chat");
        model.blockAddressProperty().set(true);
        model.expiryProperty().set(BlockExpiry.DAY);
        model.block();
        service.blocks.get(0).answer().complete(new Block(3, "v1", true, null, "spam links in chat", 2, "Alice", T0, null, null));

        assertThat(service.blocks.get(0).arguments()).containsExactly("v1", "spam links in chat", true, T0.plus(Duration.ofDays(1)));
        assertThat(model.blockedProperty().get()).isTrue();
        assertThat(notices.shown()).extracting(Notice::text).containsExactly("Visitor on “Aurora A7” and their address blocked.");
    }

    @Test
    void aRefusedBlockShowsTheFieldErrorsAndKeepsTheReason() {
        BlockViewModel model = block();
        model.reasonProperty().set("rude");
        model.block();

        service.blocks.get(0).answer().completeExceptionally(new ProblemException(Problem.invalid("the block is not valid",
                List.of(new FieldError("expiresAt", "must be in the future"))), Optional.empty()));

        assertThat(model.errorProperty().get())
                .isEqualTo("The server refused: the block is not valid (expiresAt: must be in the future)");
        assertThat(model.reasonProperty().get()).isEqualTo("rude");
        assertThat(service.blocks.get(0).arguments()).endsWith("never");
    }

    @Test
    void anUnreachableServerIsSaidPlainly() {
        BlockViewModel model = block();
        model.reasonProperty().set("rude");
        model.block();

        service.blocks.get(0).answer().completeExceptionally(new ServerUnreachableException("http://sb.test", new IOException("refused")));

        assertThat(model.errorProperty().get()).isEqualTo("Cannot reach the server. Check your network and try again.");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
