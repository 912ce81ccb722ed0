package dev.switchboard.shared.visitors;

import java.util.List;

/**
 * Payload of {@code visitors.snapshot} (every online visitor, {@code removed} empty) and of
 * {@code visitors.batch} (what changed since the last batch: new or changed visitors, and the ids
 * of those who are gone from the list).
 */
public record VisitorBatch(List<VisitorSummary> upserts, List<String> removed) {

    public VisitorBatch {
        upserts = List.copyOf(upserts);
        removed = List.copyOf(removed);
    }
}
