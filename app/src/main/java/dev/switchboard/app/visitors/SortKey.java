package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.Comparator;
import java.util.List;

/** One level of the visitor list's sort order, as the agent clicked it in the column headers. */
public record SortKey(VisitorColumn column, boolean descending) {

    /** Visitors on the site before those who left (kept a while by the server), in any order. */
    private static final Comparator<VisitorRow> PRESENT_FIRST =
            Comparator.comparing((VisitorRow row) -> row.status() == VisitorStatus.LEFT);

    /**
     * Present visitors first, then the order of all levels, then the visitor id: rows that tie
     * keep one order instead of swapping places on every update.
     */
    static Comparator<VisitorRow> comparator(List<SortKey> keys) {
        Comparator<VisitorRow> combined = PRESENT_FIRST;
        for (SortKey key : keys) {
            combined = combined.thenComparing(key.descending() ? key.column().comparator().reversed() : key.column().comparator());
        }
        return combined.thenComparing(VisitorRow::id);
    }
}
