package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.app.tickets.offline.SyncProblem;
import dev.switchboard.app.tickets.offline.TicketFill;
import dev.switchboard.app.tickets.offline.TicketPusher;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Tickets page tells about offline work: whether the backend is reachable, how many edits
 * wait to sync, a sync's progress, the conflicts and refusals waiting for the agent, and how a first
 * fill of the cache gets on. Told from any thread, kept on the FX thread.
 */
final class TicketSyncStatus {

    private final OfflineTickets tickets;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper synced = new ReadOnlyIntegerWrapper();
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TicketFill.Filling> filling = new ReadOnlyObjectWrapper<>(new TicketFill.Filling(false, 0, 0));
    /** A busy FX thread gets the newest fill progress once, not every page. */
    private final Coalescer<TicketFill.Filling> fillingToFx;

    TicketSyncStatus(OfflineTickets tickets, Executor fx) {
        this.tickets = tickets;
        this.fx = fx;
        this.fillingToFx = Coalescer.latest(fx, filling::set);
    }

    ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** Entries synced by the push under way (or the last one). */
    ReadOnlyIntegerProperty syncedProperty() {
        return synced.getReadOnlyProperty();
    }

    ObservableList<SyncProblem> problems() {
        return problems;
    }

    /** How the cache's first fill gets on; not running when there is none. */
    ReadOnlyObjectProperty<TicketFill.Filling> fillingProperty() {
        return filling.getReadOnlyProperty();
    }

    void filling(TicketFill.Filling now) {
        fillingToFx.offer(now);
    }

    void connected(boolean now) {
        fx.execute(() -> offline.set(!now));
    }

    void progress(TicketPusher.Progress now) {
        fx.execute(() -> {
            syncing.set(now.running());
            synced.set(now.synced());
            if (now.left() >= 0) {
                pending.set(now.left());
            }
        });
        if (!now.running() || now.synced() > 0) {
            refresh();
        }
    }

    /** Reads the outbox's size and the problems again. */
    void refresh() {
        tickets.pending().thenCombine(tickets.problems(), (left, found) -> (Runnable) () -> {
            pending.set(left);
            problems.setAll(found);
        }).thenAccept(fx::execute);
    }
}
