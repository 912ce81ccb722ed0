package dev.switchboard.app.chat.alerts;

import static dev.switchboard.app.testing.ChatFixtures.announced;
import static dev.switchboard.app.testing.ChatFixtures.chat;
import static dev.switchboard.app.testing.ChatFixtures.conversation;
import static dev.switchboard.app.testing.ChatFixtures.event;
import static dev.switchboard.app.testing.ChatFixtures.fromVisitor;
import static dev.switchboard.app.testing.ChatFixtures.note;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.FakeAttention;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatOffer;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.chat.ChatEventType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatAlertsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeAttention attention = new FakeAttention(false);
    private final SimpleBooleanProperty focused = new SimpleBooleanProperty(false);
    private final SimpleObjectProperty<Long> visible = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<ChatsSnapshot> chats = new SimpleObjectProperty<>(ChatsSnapshot.EMPTY);
    private ChatNotifications preferences = ChatNotifications.DEFAULTS;
    private final AlertBoard board = new AlertBoard(new AlertBoard.Effects(() -> true, chime -> { }, attention, focused::get, clock));
    private final ChatAlerts alerts = new ChatAlerts(board, new ChatAlerts.Sources(chats, focused, new ChatNavigation() {
        @Override
        public ObservableValue<Long> visibleChat() {
            return visible;
        }

        @Override
        public void openChat(long conversationId) {
            visible.set(conversationId);
        }
    }, () -> "Alice 王丽", () -> preferences), new I18n(Locale.ENGLISH), scheduler, Runnable::run);

    @BeforeEach
    void start() {
        alerts.start();
    }

    private void show(Chat... shown) {
        chats.set(new ChatsSnapshot(List.of(shown), List.of()));
    }

    private List<String> texts() {
        return board.pending().stream().map(AgentAlert::text).toList();
    }

    @Test
    void aNewChatStaysUntilTheAgentHasItInFront() {
        Chat arrived = chat(1, "Emma", ChatPhase.OPEN, 1, fromVisitor(1, 1, "Is the X2\n in stock?"));
        show(arrived);
        alerts.chatArrived(arrived);

        assertThat(texts()).containsExactly("New chat with Emma: “Is the X2 in stock?”");
        assertThat(attention.requests).isEqualTo(1);

        visible.set(1L);
        assertThat(board.pending()).as("its tab is in front, but the window is not").hasSize(1);
        focused.set(true);
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void aTransferIsToldApartOnceTheChatsEarlierMessagesAreIn() {
        alerts.chatArrived(announced(2, "Li Lei", 3));
        assertThat(board.pending()).as("waits for the history").isEmpty();

        show(chat(2, "Li Lei", ChatPhase.OPEN, 2, fromVisitor(2, 1, "Hello"), note(2, 2, 7, "Bob 李明", "VIP, wants a refund"),
                event(2, 3, ChatEventType.TRANSFERRED, "Alice 王丽")));

        assertThat(board.pending()).extracting(AgentAlert::kind).containsExactly(ChatAlertKind.TRANSFER);
        assertThat(texts()).containsExactly("Chat with Li Lei transferred to you: “VIP, wants a refund”");
        assertThat(scheduler.pending()).as("the time-out is cancelled").isZero();
    }

    @Test
    void aChatWhoseHistoryDoesNotComeIsAnnouncedAfterAMomentAnyway() {
        Chat arrived = announced(3, "", 5);
        alerts.chatArrived(arrived);
        show(arrived);

        scheduler.runNext();

        assertThat(texts()).containsExactly("New chat with a visitor");
    }

    @Test
    void messagesInABackgroundChatAlertUntilRead() {
        Chat open = chat(4, "Emma", ChatPhase.OPEN, 2, fromVisitor(4, 1, "Hi"), fromVisitor(4, 2, "Anyone there?"));
        show(open);
        alerts.messagesArrived(open, List.of(open.messages().get(1)));
        assertThat(texts()).containsExactly("2 new messages from Emma: “Anyone there?”");

        show(chat(4, "Emma", ChatPhase.OPEN, 0, fromVisitor(4, 1, "Hi"), fromVisitor(4, 2, "Anyone there?")));
        assertThat(board.pending()).as("read (e.g. its tab was shown)").isEmpty();
    }

    @Test
    void noMessageAlertForTheChatInFrontNorWhenTurnedOff() {
        Chat open = chat(5, "Emma", ChatPhase.OPEN, 1, fromVisitor(5, 1, "Hi"));
        show(open);
        visible.set(5L);
        focused.set(true);
        alerts.messagesArrived(open, open.messages());
        assertThat(board.pending()).isEmpty();

        focused.set(false);
        preferences = new ChatNotifications(true, false, true, true, 60);
        alerts.messagesArrived(open, open.messages());
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void anOfferAlertsUntilItPassesAndAcceptingItRaisesNoNewChatAlert() {
        ChatOffer offer = new ChatOffer(conversation(6, "Emma", 1), clock.instant().plusSeconds(30));
        chats.set(new ChatsSnapshot(List.of(), List.of(offer)));
        alerts.offerArrived(offer);
        assertThat(texts()).containsExactly("Chat offered: Emma is waiting for you to accept");

        Chat accepted = chat(6, "Emma", ChatPhase.OPEN, 1, fromVisitor(6, 1, "Hi"));
        show(accepted);
        alerts.chatArrived(accepted);

        assertThat(board.pending()).isEmpty();
    }

    @Test
    void anEndedChatTakesItsAlertsAlong() {
        Chat open = chat(7, "Emma", ChatPhase.OPEN, 1, fromVisitor(7, 1, "Hi"));
        show(open);
        alerts.chatArrived(open);
        assertThat(board.pending()).hasSize(1);

        alerts.chatEnded(chat(7, "Emma", ChatPhase.ENDED, 1, fromVisitor(7, 1, "Hi")));

        assertThat(board.pending()).isEmpty();
    }

    @Test
    void anAssistRequestIsNamedSo() {
        Chat joined = chat(8, "Emma", ChatPhase.OPEN, 1, fromVisitor(8, 1, "Hi"), event(8, 2, ChatEventType.JOINED, "Bob 李明"),
                event(8, 3, ChatEventType.ASSIST_JOINED, "Alice 王丽"));
        show(joined);
        alerts.chatArrived(joined);

        assertThat(board.pending()).extracting(AgentAlert::kind).containsExactly(ChatAlertKind.ASSIST);
        assertThat(texts()).containsExactly("You were asked to help in the chat with Emma");
    }

    @Test
    void stoppedWithItsSessionItRaisesNothingMore() {
        alerts.stop();
        Chat late = chat(9, "Emma", ChatPhase.OPEN, 1, fromVisitor(9, 1, "Hi"));
        show(late);
        alerts.chatArrived(late);
        alerts.messagesArrived(late, late.messages());

        assertThat(board.pending()).isEmpty();
    }
}
