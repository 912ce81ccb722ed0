package dev.switchboard.app.sync;

import dev.switchboard.shared.sync.Change;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The synced changes of one entity type that a feature keeps itself (e.g. canned replies), next
 * to the team the sync engine keeps. Its writes go to the cache before the batch's cursor does,
 * so the cursor never runs ahead of them.
 */
public interface SyncedEntities {

    /** The change log's entity name, e.g. {@code canned_reply}. */
    String entity();

    /**
     * Applies a batch of this entity's changes, in order, on the sync engine's thread. The cache
     * write must be submitted before this returns; the future completes when it is written.
     */
    CompletableFuture<Void> apply(List<Change> changes);

    /**
     * The seq up to which this entity's state is in the cache from a snapshot, so the change log need
     * not send its changes up to it ({@code sync.subscribe}'s {@code covered}); 0 for none. Asked on
     * every connect.
     */
    default long coveredUpTo() {
        return 0;
    }
}
