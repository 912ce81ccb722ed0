package dev.switchboard.app.visitors;

import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.shared.visitors.VisitorBatch;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The visitor list of one signed-in session, alive whichever page shows: batches from the socket
 * go into {@link OnlineVisitors} on the socket thread, and at most one drain at a time carries the
 * merged changes to the FX thread, where they update {@link #rows()} and announce arrivals.
 */
public final class VisitorFeed {

    private final OnlineVisitors online;
    private final VisitorRows rows = new VisitorRows();
    // The signal carries nothing: the changes wait, merged, in OnlineVisitors until the drain takes them.
    private final Coalescer<Boolean> drains;
    private final List<Consumer<List<VisitorRow>>> arrivalListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyLongWrapper applied = new ReadOnlyLongWrapper();

    /** @param clock tells when a visitor was seen leaving, which stops their clocks */
    public VisitorFeed(Executor fx, Clock clock) {
        this.online = new OnlineVisitors(clock);
        this.drains = new Coalescer<>(fx, signals -> drain());
    }

    /** A snapshot or batch from the agent socket. Any thread. */
    public void accept(VisitorBatch batch, boolean snapshot) {
        if (online.accept(batch, snapshot)) {
            drains.offer(Boolean.TRUE);
        }
    }

    /** Every visitor in the list, unsorted. FX thread. */
    public VisitorRows rows() {
        return rows;
    }

    /** Counts the applied drains; changes after the rows have been updated. FX thread. */
    public ReadOnlyLongProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** One visitor's newest row, null while they are not in the list; it follows every applied change. FX thread. */
    public ObservableValue<VisitorRow> follow(String visitorId) {
        return Bindings.createObjectBinding(() -> rows.find(visitorId), applied);
    }

    /** Called on the FX thread with the visitors who started a visit, after the rows show them. */
    public void onArrivals(Consumer<List<VisitorRow>> listener) {
        arrivalListeners.add(listener);
    }

    private void drain() {
        VisitorChanges changes = online.takeChanges();
        if (changes.isEmpty()) {
            return;
        }
        rows.apply(changes);
        applied.set(applied.get() + 1);
        if (!changes.arrivals().isEmpty()) {
            arrivalListeners.forEach(listener -> listener.accept(changes.arrivals()));
        }
    }
}
