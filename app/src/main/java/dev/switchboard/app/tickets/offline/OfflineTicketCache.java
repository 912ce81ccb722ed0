package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import java.util.concurrent.CompletableFuture;

/**
 * The workstation's cache as offline tickets use it. When another account signs in on this
 * machine the backend's copies are forgotten; the outbox, the undecided conflicts and the drafts
 * are not (they name their account, and are pushed or shown when it signs in again).
 */
public record OfflineTicketCache(CacheDatabase db) implements AccountCache {

    /** The folder of the offline tables' migrations (V60, V69). */
    public static final String MIGRATIONS = "db/tickets";

    @Override
    public CompletableFuture<Void> clear() {
        return db.transaction(handle -> {
            handle.execute("DELETE FROM offline_ticket_comment");
            handle.execute("DELETE FROM offline_ticket");
            handle.execute("DELETE FROM offline_ticket_terms");
            handle.execute("DELETE FROM offline_ticket_fill");
            return null;
        });
    }
}
