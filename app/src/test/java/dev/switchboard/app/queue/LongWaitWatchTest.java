package dev.switchboard.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.FakeAttention;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LongWaitWatchTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeAttention attention = new FakeAttention(false);
    private final AlertBoard board = new AlertBoard(new AlertBoard.Effects(() -> true, chime -> { }, attention, () -> false, clock));
    private final SimpleObjectProperty<QueueSnapshot> queue = new SimpleObjectProperty<>(new QueueSnapshot(List.of()));
    private ChatNotifications preferences = ChatNotifications.DEFAULTS;
    private final LongWaitWatch watch = new LongWaitWatch(board, queue, () -> preferences, new I18n(Locale.ENGLISH), scheduler,
            Runnable::run, clock);

    @BeforeEach
    void start() {
        watch.start();
    }

    private static QueueSnapshot waiting(QueuedChat... chats) {
        return new QueueSnapshot(List.of(new GroupQueue(10, "Pre-sales", chats.length,
                chats.length == 0 ? null : chats[0].waitingSince(), List.of(chats))));
    }

    private static QueuedChat chat(long id, String name, Instant since, int priority) {
        return new QueuedChat(id, "v-" + id, name, since, priority);
    }

    @Test
    void aVisitorPastTheThresholdIsAnnouncedOnceAndTheAlertStaysUntilTheChatLeavesTheQueue() {
        QueuedChat emma = chat(17, "Emma", NOW.minusSeconds(20), 0);
        queue.set(waiting(emma));
        assertThat(board.pending()).isEmpty();
        assertThat(scheduler.delays()).as("one timer, for when Emma comes due").containsExactly(Duration.ofSeconds(40));

        clock.advance(Duration.ofSeconds(40));
        scheduler.runNext();

        assertThat(board.pending()).extracting(AgentAlert::text).containsExactly("Emma has waited 1:00 in Pre-sales");
        assertThat(attention.requests).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        queue.set(waiting(emma, chat(18, null, NOW.plusSeconds(60), 0)));
        assertThat(board.pending()).as("once per chat").hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(board.pending()).as("nothing expires").hasSize(1);

        queue.set(waiting(chat(18, null, NOW.plusSeconds(60), 0)));
        assertThat(board.pending()).extracting(alert -> ((WaitingChatDestination) alert.destination()).conversationId()).as("Emma was taken; the newer one is due by now")
                .containsExactly(18L);
    }

    @Test
    void severalAlreadyLongWaitingAreAllAnnouncedWithPriorityMarked() {
        queue.set(waiting(chat(1, "VIP Wang", NOW.minusSeconds(300), 5), chat(2, "", NOW.minusSeconds(61), 0)));

        assertThat(board.pending()).extracting(AgentAlert::text).containsExactlyInAnyOrder(
                "Priority visitor VIP Wang has waited 5:00 in Pre-sales", "a visitor has waited 1:01 in Pre-sales");
        assertThat(scheduler.delays()).as("no chat left to come due: only the times count on").containsExactly(LongWaitWatch.TICK);
    }

    @Test
    void turnedOffItClearsItsAlertsAndAShorterThresholdAppliesAtOnce() {
        queue.set(waiting(chat(1, "Emma", NOW.minusSeconds(90), 0), chat(2, "Li Lei", NOW.minusSeconds(30), 0)));
        assertThat(board.pending()).hasSize(1);

        preferences = new ChatNotifications(true, true, true, false, 60);
        watch.preferencesChanged();
        assertThat(board.pending()).isEmpty();
        assertThat(scheduler.pending()).isZero();

        preferences = new ChatNotifications(true, true, true, true, 20);
        watch.preferencesChanged();
        assertThat(board.pending()).extracting(alert -> ((WaitingChatDestination) alert.destination()).conversationId()).as("Emma was announced already")
                .containsExactly(2L);
    }

    @Test
    void stoppedItPlansNothing() {
        queue.set(waiting(chat(1, "Emma", NOW.minusSeconds(10), 0)));
        watch.stop();
        assertThat(scheduler.pending()).isZero();
        queue.set(waiting(chat(1, "Emma", NOW.minusSeconds(100), 0)));
        assertThat(board.pending()).isEmpty();
    }

    @Test
    void theWaitingTimeInTheAlertCountsOnEverySecondUntilTheAlertIsPutAway() {
        queue.set(waiting(chat(1, "Emma", NOW.minusSeconds(60), 0)));
        assertThat(board.pending()).extracting(AgentAlert::text).containsExactly("Emma has waited 1:00 in Pre-sales");

        clock.advance(LongWaitWatch.TICK);
        scheduler.runNext();
        assertThat(board.pending()).extracting(AgentAlert::text).containsExactly("Emma has waited 1:01 in Pre-sales");
        clock.advance(Duration.ofMillis(400));
        queue.set(waiting(chat(1, "Emma", NOW.minusSeconds(60), 0)));
        clock.advance(Duration.ofMillis(600));
        scheduler.runNext();
        assertThat(board.pending()).extracting(AgentAlert::text).as("a snapshot in between does not put the second off")
                .containsExactly("Emma has waited 1:02 in Pre-sales");

        board.dismiss(board.pending().get(0));
        clock.advance(LongWaitWatch.TICK);
        scheduler.runNext();
        assertThat(board.pending()).as("put away, it stays away").isEmpty();
        assertThat(scheduler.pending()).isZero();
    }
}
