package dev.switchboard.app.alerts;

import dev.switchboard.app.navigation.Destination;
import dev.switchboard.app.notify.Chime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * desktop for attention while the window is not in front; each stays until it is handled: the
 * agent opens or dismisses it, or whoever raised it resolves it because it was handled elsewhere.
 * The count shows as a dock badge where the desktop has one, else in the window title
 * ("(3) Switchboard"). FX thread.
 */
public final class AlertBoard {

    /** Several alerts at once chime once. */
    static final Duration CHIME_INTERVAL = Duration.ofSeconds(2);

    /** The surroundings the board acts on. */
    public record Effects(BooleanSupplier soundOn, Consumer<Chime> sound, Attention attention, BooleanSupplier windowFocused,
                          Clock clock) {
    }

    private final Effects effects;
    private final ObservableList<AgentAlert> pending = FXCollections.observableArrayList();
    private final ObservableList<AgentAlert> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final IntegerBinding count = Bindings.size(pending);
    private final ReadOnlyBooleanWrapper countShownByDesktop = new ReadOnlyBooleanWrapper();
    private Consumer<AgentAlert> opener = alert -> { };
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
                }
                return;
            }
        }
        pending.add(alert);
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
        if (pending.stream().anyMatch(handled)) {
            pending.removeIf(handled);
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

    private boolean chimeNow() {
        Instant now = effects.clock().instant();
        if (lastChime != null && now.isBefore(lastChime.plus(CHIME_INTERVAL))) {
            return false;
        }
        lastChime = now;
        return true;
    }
}
