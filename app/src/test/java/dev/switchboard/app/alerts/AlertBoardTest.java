package dev.switchboard.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.notify.Chime;
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

    private AlertBoard board(FakeAttention attention) {
        AlertBoard board = new AlertBoard(new AlertBoard.Effects(() -> soundOn, played::add, attention, () -> focused, clock));
        board.onOpen(opened::add);
        return board;
    }

    private static AgentAlert alert(String key, AlertKind kind, long id, String text) {
        return new AgentAlert(key, kind, id, text);
    }

    @Test
    void aNewAlertChimesItsKindsTuneAndAsksForAttentionWhileTheWindowIsNotInFront() {
        FakeAttention attention = new FakeAttention(true);
        AlertBoard board = board(attention);

        board.raise(alert(AgentAlert.arrivalKey(7), AlertKind.TRANSFER, 7, "Chat with Emma transferred to you"));

        assertThat(played).containsExactly(Chime.TRANSFER);
        assertThat(attention.requests).isEqualTo(1);
        assertThat(attention.counts).containsExactly(1);

        focused = true;
        clock.advance(Duration.ofSeconds(5));
        board.raise(alert(AgentAlert.messageKey(8), AlertKind.MESSAGE, 8, "New message"));
        assertThat(played).containsExactly(Chime.TRANSFER, Chime.MESSAGE);
        assertThat(attention.requests).as("the agent is looking at the window").isEqualTo(1);
    }

    @Test
    void theSameKeyUpdatesTheTextQuietlyAndABurstChimesOnce() {
        AlertBoard board = board(new FakeAttention(true));
        board.raise(alert(AgentAlert.messageKey(8), AlertKind.MESSAGE, 8, "New message from Emma"));
        board.raise(alert(AgentAlert.messageKey(8), AlertKind.MESSAGE, 8, "2 new messages from Emma"));
        board.raise(alert(AgentAlert.waitKey(9), AlertKind.LONG_WAIT, 9, "Li Lei has waited 1:00"));

        assertThat(board.pending()).extracting(AgentAlert::text).containsExactly("2 new messages from Emma", "Li Lei has waited 1:00");
        assertThat(played).containsExactly(Chime.MESSAGE);

        soundOn = false;
        clock.advance(AlertBoard.CHIME_INTERVAL);
        board.raise(alert(AgentAlert.waitKey(10), AlertKind.LONG_WAIT, 10, "Bob has waited 1:00"));
        assertThat(played).as("muted").containsExactly(Chime.MESSAGE);
    }

    @Test
    void anAlertStaysUntilOpenedDismissedOrResolved() {
        AlertBoard board = board(new FakeAttention(true));
        AgentAlert newChat = alert(AgentAlert.arrivalKey(1), AlertKind.NEW_CHAT, 1, "New chat with Emma");
        board.raise(newChat);
        board.raise(alert(AgentAlert.messageKey(2), AlertKind.MESSAGE, 2, "New message"));
        board.raise(alert(AgentAlert.waitKey(3), AlertKind.LONG_WAIT, 3, "Waiting"));
        clock.advance(Duration.ofHours(1));
        assertThat(board.count().get()).as("nothing expires by itself").isEqualTo(3);

        board.open(newChat);
        assertThat(opened).containsExactly(newChat);
        board.resolveConversation(2);
        assertThat(board.pending()).extracting(AgentAlert::key).containsExactly("wait:3");
        board.dismiss(board.pending().get(0));
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void withoutABadgeTheWindowTitleCarriesTheCount() {
        AlertBoard board = board(new FakeAttention(false));
        var title = board.windowTitle("Switchboard");
        assertThat(title.get()).isEqualTo("Switchboard");

        board.raise(alert(AgentAlert.arrivalKey(1), AlertKind.NEW_CHAT, 1, "a"));
        board.raise(alert(AgentAlert.arrivalKey(2), AlertKind.NEW_CHAT, 2, "b"));
        assertThat(title.get()).isEqualTo("(2) Switchboard");

        board.resolve(AgentAlert.arrivalKey(1));
        board.resolve(AgentAlert.arrivalKey(2));
        assertThat(title.get()).isEqualTo("Switchboard");
    }

    @Test
    void withABadgeTheTitleStaysPlainAndTheBadgeFollowsTheCount() {
        FakeAttention attention = new FakeAttention(true);
        AlertBoard board = board(attention);
        var title = board.windowTitle("Switchboard");

        board.raise(alert(AgentAlert.arrivalKey(1), AlertKind.NEW_CHAT, 1, "a"));
        board.resolve(AgentAlert.arrivalKey(1));

        assertThat(title.get()).isEqualTo("Switchboard");
        assertThat(attention.counts).containsExactly(1, 0);
    }
}
