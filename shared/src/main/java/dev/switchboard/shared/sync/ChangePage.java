package dev.switchboard.shared.sync;

import java.util.List;

/**
 * Answer of {@code GET /api/v1/sync?after=N}: changes after N in order, the cursor to ask with
 * next, and whether more are waiting. {@code next} may be larger than the last change's seq when
 * changes not meant for this client were passed over.
 */
public record ChangePage(List<Change> changes, long next, boolean hasMore) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
