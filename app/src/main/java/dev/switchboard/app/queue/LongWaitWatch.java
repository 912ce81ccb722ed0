package dev.switchboard.app.queue;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.app.visitors.ElapsedTime;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * Raises an alert, once per chat, when a visitor has waited longer than the agent's threshold in
 * the queue of one of their groups; the alert goes when the chat leaves the queue (someone took
 * it, or the visitor left). Instead of checking every second it plans one timer for the next chat
 * to come due, and re-plans on every queue snapshot. While its alerts show, their waiting times
 * count on once a second. FX thread.
 */
public final class LongWaitWatch {

    /** How often the waiting times in the alerts shown count on. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final AlertBoard board;
    private final ObservableValue<QueueSnapshot> queue;
    private final Supplier<ChatNotifications> preferences;
    private final I18n i18n;
    private final Scheduler scheduler;
    private final Executor fx;
    private final Clock clock;
    private final Disposer disposer = new Disposer();
    private final Set<Long> alerted = new HashSet<>();
    private Scheduler.Cancellable timer;
    private long timerGeneration;
    /** The chats in the last queue snapshot, by id. */
    private Map<Long, Waiting> listed = Map.of();
    private Scheduler.Cancellable tick;
    private long tickGeneration;

    public LongWaitWatch(AlertBoard board, ObservableValue<QueueSnapshot> queue, Supplier<ChatNotifications> preferences, I18n i18n,
                         Scheduler scheduler, Executor fx, Clock clock) {
        this.board = board;
        this.queue = queue;
        this.preferences = preferences;
        this.i18n = i18n;
        this.scheduler = scheduler;
        this.fx = fx;
        this.clock = clock;
    }

    /** The key of the alert about a chat waiting long. */
    public static String waitKey(long conversationId) {
        return "wait:" + conversationId;
    }

    public void start() {
        disposer.observe(queue, snapshot -> check());
    }

    public void stop() {
        disposer.dispose();
        cancelTimer();
        cancelTick();
    }

    /** The threshold or the switch may have changed. */
    public void preferencesChanged() {
        check();
    }

    private void check() {
        cancelTimer();
        Map<Long, Waiting> listed = new HashMap<>();
        for (GroupQueue group : queue.getValue().groups()) {
            for (QueuedChat chat : group.chats()) {
                listed.put(chat.conversationId(), new Waiting(chat, group.groupName()));
            }
        }
        alerted.retainAll(listed.keySet());
        this.listed = listed;
        ChatNotifications wanted = preferences.get();
        board.resolveIf(alert -> alert.destination() instanceof WaitingChatDestination waiting
                && (!wanted.longWait() || !listed.containsKey(waiting.conversationId())));
        if (!wanted.longWait()) {
            cancelTick();
            return;
        }
        Duration threshold = Duration.ofSeconds(wanted.longWaitSeconds());
        Instant now = clock.instant();
        Instant nextDue = null;
        for (Waiting waiting : listed.values()) {
            if (alerted.contains(waiting.chat().conversationId()) || waiting.chat().waitingSince() == null) {
                continue;
            }
            Instant due = waiting.chat().waitingSince().plus(threshold);
            if (due.isAfter(now)) {
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
            } else {
                alerted.add(waiting.chat().conversationId());
                board.raise(alert(waiting, now));
            }
        }
        if (nextDue != null) {
            long generation = ++timerGeneration;
            timer = scheduler.schedule(Duration.between(now, nextDue), () -> fx.execute(() -> {
                if (generation == timerGeneration) {
                    check();
                }
            }));
        }
        planTick();
    }

    /**
     * Counts the shown alerts' waiting times on in a second, and again while any still shows. A
     * tick already planned stays: snapshots come about as often, and must not keep putting it off.
     */
    private void planTick() {
        if (tick != null || alerted.stream().noneMatch(id -> board.isPending(waitKey(id)))) {
            return;
        }
        long generation = ++tickGeneration;
        tick = scheduler.schedule(TICK, () -> fx.execute(() -> {
            if (generation == tickGeneration) {
                tick = null;
                redraw();
            }
        }));
    }

    /** Each alert still shown gets its new time, quietly; one the agent put away stays away. */
    private void redraw() {
        Instant now = clock.instant();
        for (Long id : alerted) {
            Waiting waiting = listed.get(id);
            if (waiting != null && board.isPending(waitKey(id))) {
                board.raise(alert(waiting, now));
            }
        }
        planTick();
    }

    private void cancelTick() {
        tickGeneration++;
        if (tick != null) {
            tick.cancel();
            tick = null;
        }
    }

    private AgentAlert alert(Waiting waiting, Instant now) {
        QueuedChat chat = waiting.chat();
        String name = chat.visitorName() == null || chat.visitorName().isBlank() ? i18n.get("alerts.aVisitor") : chat.visitorName().strip();
        String text = i18n.get(chat.priority() > 0 ? "alerts.longWait.priority" : "alerts.longWait", name,
                ElapsedTime.since(chat.waitingSince(), now), waiting.group());
        return new AgentAlert(waitKey(chat.conversationId()), QueueAlertKind.LONG_WAIT, new WaitingChatDestination(chat.conversationId()),
                text);
    }

    private void cancelTimer() {
        timerGeneration++;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private record Waiting(QueuedChat chat, String group) {
    }
}
