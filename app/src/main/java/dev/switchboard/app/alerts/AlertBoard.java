package dev.switchboard.app.alerts;

import dev.switchboard.app.navigation.Destination;
import dev.switchboard.app.notify.Chime;
import dev.switchboard.app.platform.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The alerts waiting for the agent, oldest first. A new alert chimes (unless muted), and asks the
 * desktop for attention while the window is not in front. An {@linkplain AlertKind#informational
 * informational} alert goes by itself after {@link #INFORMATIONAL_FOR} with the window in front
 * (while the agent is away it waits for them); every other one stays until it is handled: the
 * agent opens or dismisses it, or whoever raised it resolves it because it was handled elsewhere.
 * The count shows as a dock badge where the desktop has one, else in the window title
 * ("(3) Switchboard"). FX thread.
 */
public final class AlertBoard {

    /** Several alerts at once chime once. */
    static final Duration CHIME_INTERVAL = Duration.ofSeconds(2);
    /** How long news stays in front of the agent. */
    public static final Duration INFORMATIONAL_FOR = Duration.ofSeconds(8);

    /**
     * The surroundings the board acts on.
     *
     * @param fxTimers runs a task on the FX thread after a delay: informational alerts time out with it
     */
    public record Effects(BooleanSupplier soundOn, Consumer<Chime> sound, Attention attention, BooleanSupplier windowFocused,
                          Clock clock, Scheduler fxTimers) {

        /** Without timers: every alert stays until handled (for tests of what raises alerts). */
        public Effects(BooleanSupplier soundOn, Consumer<Chime> sound, Attention attention, BooleanSupplier windowFocused, Clock clock) {
            this(soundOn, sound, attention, windowFocused, clock, (delay, task) -> () -> { });
        }
    }

    private final Effects effects;
    private final ObservableList<AgentAlert> pending = FXCollections.observableArrayList();
    private final ObservableList<AgentAlert> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final IntegerBinding count = Bindings.size(pending);
    private final ReadOnlyBooleanWrapper countShownByDesktop = new ReadOnlyBooleanWrapper();
    private Consumer<AgentAlert> opener = alert -> { };
    /** The time-out of each informational alert shown, by key; a newer text starts it again. */
    private final Map<String, Scheduler.Cancellable> timeouts = new HashMap<>();
    private Instant lastChime;

    public AlertBoard(Effects effects) {
        this.effects = effects;
        pending.addListener((ListChangeListener<AgentAlert>) change ->
                countShownByDesktop.set(effects.attention().showCount(pending.size())));
    }

    /** What opening an alert does (show its destination); set once the window exists. */
    public void onOpen(Consumer<AgentAlert> open) {
        this.opener = open;
    }

    /** Shows an alert; one with a key already shown only updates its text, quietly. */
    public void raise(AgentAlert alert) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).key().equals(alert.key())) {
                if (!pending.get(i).equals(alert)) {
                    pending.set(i, alert);
                    timeOutIfNews(alert);
                }
                return;
            }
        }
        pending.add(alert);
        timeOutIfNews(alert);
        if (effects.soundOn().getAsBoolean() && chimeNow()) {
            effects.sound().accept(alert.kind().chime());
        }
        if (!effects.windowFocused().getAsBoolean()) {
            effects.attention().request();
        }
    }

    /** The agent opened the alert: shows what it is about, and it is handled. */
    public void open(AgentAlert alert) {
        resolve(alert.key());
        opener.accept(alert);
    }

    /** The agent put the alert away without opening it. */
    public void dismiss(AgentAlert alert) {
        resolve(alert.key());
    }

    public void resolve(String key) {
        resolveIf(alert -> alert.key().equals(key));
    }

    /** Every alert leading to {@code destination} is handled. */
    public void resolveAbout(Destination destination) {
        resolveIf(alert -> alert.destination().equals(destination));
    }

    public void resolveIf(Predicate<AgentAlert> handled) {
        List<AgentAlert> gone = pending.stream().filter(handled).toList();
        if (!gone.isEmpty()) {
            pending.removeAll(gone);
            gone.forEach(alert -> cancelTimeout(alert.key()));
        }
    }

    public boolean isPending(String key) {
        return pending.stream().anyMatch(alert -> alert.key().equals(key));
    }

    /** A copy of the alerts now waiting, oldest first. */
    public List<AgentAlert> snapshot() {
        return List.copyOf(pending);
    }

    public ObservableList<AgentAlert> pending() {
        return pendingView;
    }

    public IntegerBinding count() {
        return count;
    }

    /** "(3) Switchboard" while alerts wait and the desktop shows no count of its own; else {@code base}. */
    public StringBinding windowTitle(String base) {
        return Bindings.createStringBinding(() -> count.get() > 0 && !countShownByDesktop.get()
                ? "(" + count.get() + ") " + base : base, count, countShownByDesktop);
    }

    private void timeOutIfNews(AgentAlert alert) {
        if (alert.kind().informational()) {
            cancelTimeout(alert.key());
            scheduleTimeout(alert);
        }
    }

    private void scheduleTimeout(AgentAlert alert) {
        Scheduler.Cancellable[] mine = new Scheduler.Cancellable[1];
        mine[0] = effects.fxTimers().schedule(INFORMATIONAL_FOR, () -> {
            // a time-out cancelled while its task was on its way to the FX thread is not this alert's any more
            if (timeouts.get(alert.key()) == mine[0]) {
                timeouts.remove(alert.key());
                timedOut(alert);
            }
        });
        timeouts.put(alert.key(), mine[0]);
    }

    /** The agent had the news in front of them, or is away and will see it when they come back. */
    private void timedOut(AgentAlert alert) {
        if (!pending.contains(alert)) {
            return;
        }
        if (effects.windowFocused().getAsBoolean()) {
            resolve(alert.key());
        } else {
            scheduleTimeout(alert);
        }
    }

    private void cancelTimeout(String key) {
        Scheduler.Cancellable timeout = timeouts.remove(key);
        if (timeout != null) {
            timeout.cancel();
        }
    }

    private boolean chimeNow() {
        Instant now = effects.clock().instant();
        if (lastChime != null && now.isBefore(lastChime.plus(CHIME_INTERVAL))) {
            return false;
        }
        lastChime = now;
        return true;
    }
}
