package dev.switchboard.app.tickets;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketOutOfSight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log's ticket entries of one session ({@code ticket}, {@code ticket_comment},
 * {@code ticket_out_of_sight}), read into {@link TicketEvent}s and handed to the open ticket views.
 * Nothing is kept yet: the views read from the backend and follow these (the offline cache will be
 * the keeper of these entities later, and ring the views the same way). Listeners run on the sync
 * thread; they hand the work to the FX thread, coalesced.
 */
final class TicketChanges {

    private static final Logger LOG = LoggerFactory.getLogger(TicketChanges.class);

    private final List<Consumer<List<TicketEvent>>> listeners = new CopyOnWriteArrayList<>();

    /** The three keepers to join the session with ({@code session.sync(...)}). */
    List<SyncedEntities> entities() {
        return List.of(keeper(Ticket.ENTITY), keeper(TicketComment.ENTITY), keeper(TicketOutOfSight.ENTITY));
    }

    /** Runs {@code listener} with each batch's events (on the sync thread); answers how to stop. */
    Runnable listen(Consumer<List<TicketEvent>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Hands a batch's events to every listener. */
    void announce(List<TicketEvent> events) {
        if (!events.isEmpty()) {
            listeners.forEach(listener -> listener.accept(events));
        }
    }

    private SyncedEntities keeper(String entity) {
        return new SyncedEntities() {
            @Override
            public String entity() {
                return entity;
            }

            @Override
            public CompletableFuture<Void> apply(List<Change> changes) {
                List<TicketEvent> events = new ArrayList<>();
                for (Change change : changes) {
                    if (change.op() != ChangeOp.UPSERT || change.data() == null) {
                        continue; // tickets and comments are never deleted; a merge will close, not delete
                    }
                    try {
                        events.add(read(change));
                    } catch (IllegalArgumentException unreadable) {
                        LOG.warn("Skipping unreadable {} change {}", entity, change.seq(), unreadable);
                    }
                }
                announce(events);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    private static TicketEvent read(Change change) {
        return switch (change.entity()) {
            case Ticket.ENTITY -> new TicketEvent.Changed(ProtocolJson.read(change.data(), Ticket.class));
            case TicketComment.ENTITY -> new TicketEvent.Commented(ProtocolJson.read(change.data(), TicketComment.class));
            default -> new TicketEvent.OutOfSight(ProtocolJson.read(change.data(), TicketOutOfSight.class).ticketId());
        };
    }
}
