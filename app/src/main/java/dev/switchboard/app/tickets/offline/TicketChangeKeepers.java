package dev.switchboard.app.tickets.offline;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log's ticket entries ({@code ticket}, {@code ticket_comment}, {@code ticket_out_of_sight})
 * kept in the offline cache; its listeners then hear what the agent sees change (ADR 0038).
 */
public final class TicketChangeKeepers {

    private static final Logger LOG = LoggerFactory.getLogger(TicketChangeKeepers.class);

    private TicketChangeKeepers() {
    }

    /**
     * The three keepers to join the session with. The tickets' entries and their out-of-sight entries up to
     * the first fill's seq are covered by its snapshot pages ({@link TicketFill}); replies and notes are not
     * in the snapshot, so their entries always come.
     */
    public static List<SyncedEntities> of(OfflineTickets tickets, TicketFill fill) {
        return List.of(keeper(Ticket.ENTITY, tickets, fill), keeper(TicketComment.ENTITY, tickets, fill),
                keeper(TicketOutOfSight.ENTITY, tickets, fill));
    }

    private static SyncedEntities keeper(String entity, OfflineTickets tickets, TicketFill fill) {
        return new SyncedEntities() {
            @Override
            public String entity() {
                return entity;
            }

            @Override
            public long coveredUpTo() {
                return entity.equals(TicketComment.ENTITY) ? 0 : fill.coveredUpTo();
            }

            @Override
            public CompletableFuture<Void> apply(List<Change> changes) {
                List<Ticket> changed = new ArrayList<>();
                List<TicketComment> comments = new ArrayList<>();
                List<CompletableFuture<Void>> writes = new ArrayList<>();
                for (Change change : changes) {
                    if (change.op() != ChangeOp.UPSERT || change.data() == null) {
                        continue; // tickets and comments are never deleted; a merge closes, it does not delete
                    }
                    try {
                        switch (entity) {
                            case Ticket.ENTITY -> changed.add(ProtocolJson.read(change.data(), Ticket.class));
                            case TicketComment.ENTITY -> comments.add(ProtocolJson.read(change.data(), TicketComment.class));
                            default -> {
                                long gone = ProtocolJson.read(change.data(), TicketOutOfSight.class).ticketId();
                                fill.gone(gone); // before the forget is written: no snapshot page written after it brings it back
                                writes.add(tickets.forget(gone));
                            }
                        }
                    } catch (IllegalArgumentException unreadable) {
                        LOG.warn("Skipping unreadable {} change {}", entity, change.seq(), unreadable);
                    }
                }
                if (!changed.isEmpty()) {
                    writes.add(tickets.keep(changed));
                }
                if (!comments.isEmpty()) {
                    writes.add(tickets.keepComments(comments, true));
                }
                return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new));
            }
        };
    }
}
