package dev.switchboard.shared.tickets.sync;

import java.util.List;

/**
 * The answer to a push: one result per entry, in order, and the last mutation id the backend has
 * applied for this client. Entries after a result that is missing (the backend stopped on a fault of
 * its own) stay in the outbox and are pushed again; the repeat is recognised by its mutation id.
 */
public record TicketSyncResponse(List<TicketMutationResult> results, long lastAppliedMutationId) {

    public TicketSyncResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
