package dev.switchboard.app.tickets;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log's SLA warnings and breaches ({@code ticket_sla_event}) of one session; the backend
 * sends each only to the agents it tells (the assignee, and for a breach the group's supervisors).
 * Nothing is kept: they ring the window's ticket alerts. Listeners run on the sync thread.
 */
final class TicketSlaEvents implements SyncedEntities {

    private static final Logger LOG = LoggerFactory.getLogger(TicketSlaEvents.class);

    private final List<Consumer<SlaAlert>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public String entity() {
        return SlaAlert.ENTITY;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        for (Change change : changes) {
            if (change.op() != ChangeOp.UPSERT || change.data() == null) {
                continue;
            }
            try {
                SlaAlert alert = ProtocolJson.read(change.data(), SlaAlert.class);
                listeners.forEach(listener -> listener.accept(alert));
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("Skipping unreadable SLA event {}", change.seq(), unreadable);
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    Runnable listen(Consumer<SlaAlert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
