package dev.switchboard.shared.tickets.sync;

import java.util.List;

/**
 * Body of {@code POST /api/v1/sync/tickets}: the next outbox entries of one sync client, oldest
 * first. {@code clientId} names the workstation's cache (one per account and device, made once and
 * kept in the cache); the backend remembers the last mutation id it applied per signed-in account
 * and client id, so a push repeated after a lost answer or a crash applies nothing twice.
 */
public record TicketSyncRequest(String clientId, List<TicketMutation> mutations) {

    /** The most entries one push may carry; a longer outbox is pushed in several requests. */
    public static final int MAX_MUTATIONS = 500;

    public TicketSyncRequest {
        mutations = mutations == null ? List.of() : List.copyOf(mutations);
    }
}
