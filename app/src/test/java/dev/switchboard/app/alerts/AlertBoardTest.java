package dev.switchboard.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.ChatDestination;
import dev.switchboard.app.chat.alerts.ChatAlertKind;
import dev.switchboard.app.chat.alerts.ChatAlerts;
import dev.switchboard.app.notify.Chime;
import dev.switchboard.app.queue.LongWaitWatch;
import dev.switchboard.app.queue.QueueAlertKind;
import dev.switchboard.app.queue.WaitingChatDestination;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertBoardTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
    private final List<Chime> played = new ArrayList<>();
    private final List<AgentAlert> opened = new ArrayList<>();
    private boolean soundOn = true;
    private boolean focused;
    private final ManualScheduler timers = new ManualScheduler();

    private AlertBoard board(FakeAttention attention) {
        AlertBoard board = new AlertBoard(new AlertBoard.Effects(() -> soundOn, played::add, attention, () -> focused, clock, timers));
        board.onOpen(opened::add);
        return board;
    }

    /** An alert as the chats and the queue raise them: about the chat, or the queued chat, {@code id}. */
    private static AgentAlert alert(String key, AlertKind kind, long id, String text) {
        return new AgentAlert(key, kind, kind == QueueAlertKind.LONG_WAIT ? new WaitingChatDestination(id) : new ChatDestination(id), text);
    }

    @Test
    void aNewAlertChimesItsKindsTuneAndAsksForAttentionWhileTheWindowIsNotInFront() {
        FakeAttention attention = new FakeAttention(true);
        AlertBoard board = board(attention);

        board.raise(alert(ChatAlerts.arrivalKey(7), ChatAlertKind.TRANSFER, 7, "Chat with Emma transferred to you"));

        assertThat(played).containsExactly(Chime.TRANSFER);
        assertThat(attention.requests).isEqualTo(1);
        assertThat(attention.counts).containsExactly(1);

        focused = true;
        clock.advance(Duration.ofSeconds(5));
        board.raise(alert(ChatAlerts.messageKey(8), ChatAlertKind.MESSAGE, 8, "New message"));
        assertThat(played).containsExactly(Chime.TRANSFER, Chime.MESSAGE);
        assertThat(attention.requests).as("the agent is looking at the window").isEqualTo(1);
    }

    @Test
    void theSameKeyUpdatesTheTextQuietlyAndABurstChimesOnce() {
        AlertBoard board = board(new FakeAttention(true));
        board.raise(alert(ChatAlerts.messageKey(8), ChatAlertKind.MESSAGE, 8, "New message from Emma"));
        board.raise(alert(ChatAlerts.messageKey(8), ChatAlertKind.MESSAGE, 8, "2 new messages from Emma"));
        board.raise(alert(LongWaitWatch.waitKey(9), QueueAlertKind.LONG_WAIT, 9, "Li Lei has waited 1:00"));

        assertThat(board.pending()).extracting(AgentAlert::text).containsExactly("2 new messages from Emma", "Li Lei has waited 1:00");
        assertThat(played).containsExactly(Chime.MESSAGE);

        soundOn = false;
        clock.advance(AlertBoard.CHIME_INTERVAL);
        board.raise(alert(LongWaitWatch.waitKey(10), QueueAlertKind.LONG_WAIT, 10, "Bob has waited 1:00"));
        assertThat(played).as("muted").containsExactly(Chime.MESSAGE);
    }

    @Test
    void anAlertStaysUntilOpenedDismissedOrResolved() {
        AlertBoard board = board(new FakeAttention(true));
        AgentAlert newChat = alert(ChatAlerts.arrivalKey(1), ChatAlertKind.NEW_CHAT, 1, "New chat with Emma");
        board.raise(newChat);
        board.raise(alert(ChatAlerts.messageKey(2), ChatAlertKind.MESSAGE, 2, "New message"));
        board.raise(alert(LongWaitWatch.waitKey(3), QueueAlertKind.LONG_WAIT, 3, "Waiting"));
        clock.advance(Duration.ofHours(1));
        assertThat(board.count().get()).as("the agent is away: news waits for them too").isEqualTo(3);

        board.open(newChat);
        assertThat(opened).containsExactly(newChat);
        board.resolveAbout(new ChatDestination(2));
        assertThat(board.pending()).extracting(AgentAlert::key).containsExactly("wait:3");
        board.dismiss(board.pending().get(0));
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void withoutABadgeTheWindowTitleCarriesTheCount() {
        AlertBoard board = board(new FakeAttention(false));
        var title = board.windowTitle("Switchboard");
        assertThat(title.get()).isEqualTo("Switchboard");

        board.raise(alert(ChatAlerts.arrivalKey(1), ChatAlertKind.NEW_CHAT, 1, "a"));
        board.raise(alert(ChatAlerts.arrivalKey(2), ChatAlertKind.NEW_CHAT, 2, "b"));
        assertThat(title.get()).isEqualTo("(2) Switchboard");

        board.resolve(ChatAlerts.arrivalKey(1));
        board.resolve(ChatAlerts.arrivalKey(2));
        assertThat(title.get()).isEqualTo("Switchboard");
    }

    @Test
    void withABadgeTheTitleStaysPlainAndTheBadgeFollowsTheCount() {
        FakeAttention attention = new FakeAttention(true);
        AlertBoard board = board(attention);
        var title = board.windowTitle("Switchboard");

        board.raise(alert(ChatAlerts.arrivalKey(1), ChatAlertKind.NEW_CHAT, 1, "a"));
        board.resolve(ChatAlerts.arrivalKey(1));

        assertThat(title.get()).isEqualTo("Switchboard");
        assertThat(attention.counts).containsExactly(1, 0);
    }

    @Test
    void newsGoesAfterAWhileInFrontOfTheAgentWhileNewChatsOffersAndWaitingVisitorsStay() {
        focused = true;
        AlertBoard board = board(new FakeAttention(true));
        board.raise(alert(ChatAlerts.arrivalKey(1), ChatAlertKind.NEW_CHAT, 1, "New chat with Emma"));
        board.raise(alert(ChatAlerts.messageKey(2), ChatAlertKind.MESSAGE, 2, "New message"));
        board.raise(alert(ChatAlerts.arrivalKey(3), ChatAlertKind.OFFER, 3, "Chat offered: Li Lei is waiting for you to accept"));
        board.raise(alert(LongWaitWatch.waitKey(4), QueueAlertKind.LONG_WAIT, 4, "Bob has waited 1:00"));
        board.raise(alert(ChatAlerts.arrivalKey(5), ChatAlertKind.TRANSFER, 5, "Chat with Han transferred to you"));
        assertThat(timers.delays()).containsExactly(AlertBoard.INFORMATIONAL_FOR);

        timers.runNext();

        assertThat(board.pending()).extracting(AgentAlert::key).containsExactly("chat:1", "chat:3", "wait:4", "chat:5");
        assertThat(timers.pending()).as("the others wait to be handled").isZero();
    }

    @Test
    void newsWaitsForTheAgentToComeBackAndANewerTextStartsItsTimeAgain() {
        AlertBoard board = board(new FakeAttention(true));
        board.raise(alert(ChatAlerts.messageKey(2), ChatAlertKind.MESSAGE, 2, "New message from Emma"));
        board.raise(alert(ChatAlerts.messageKey(2), ChatAlertKind.MESSAGE, 2, "2 new messages from Emma"));
        assertThat(timers.pending()).as("the first time-out gave way to the newer text's").isEqualTo(1);

        timers.runNext();
        assertThat(board.pending()).as("the window is not in front: the agent has not seen it").hasSize(1);
        assertThat(timers.pending()).isEqualTo(1);

        focused = true;
        timers.runNext();
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void anAlertHandledBeforeItsTimeOutLeavesNoTimeOutBehind() {
        focused = true;
        AlertBoard board = board(new FakeAttention(true));
        board.raise(alert(ChatAlerts.messageKey(1), ChatAlertKind.MESSAGE, 1, "New message from Emma"));
        board.dismiss(board.pending().get(0));
        assertThat(timers.pending()).isZero();

        board.raise(alert(ChatAlerts.messageKey(1), ChatAlertKind.MESSAGE, 1, "New message from Emma again"));
        timers.runNext();
        assertThat(board.pending()).isEmpty();
    }
}
