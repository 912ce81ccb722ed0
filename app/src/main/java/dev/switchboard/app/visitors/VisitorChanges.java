package dev.switchboard.app.visitors;

import java.util.List;

/**
 * What changed in the visitor list since the UI last looked, merged: the newest row of each
 * changed visitor, the ids that left the list, and the visitors who started a visit the list had
 * not seen yet (for arrival notices). Immutable.
 */
public record VisitorChanges(List<VisitorRow> upserts, List<String> removals, List<VisitorRow> arrivals) {

    public static final VisitorChanges NONE = new VisitorChanges(List.of(), List.of(), List.of());

    public VisitorChanges {
        upserts = List.copyOf(upserts);
        removals = List.copyOf(removals);
        arrivals = List.copyOf(arrivals);
    }

    public boolean isEmpty() {
        return upserts.isEmpty() && removals.isEmpty() && arrivals.isEmpty();
    }

    public int size() {
        return upserts.size() + removals.size();
    }
}
