package dev.switchboard.app.visitors;

import java.util.Comparator;
import java.util.List;

/** One level of the visitor list's sort order, as the agent clicked it in the column headers. */
public record SortKey(VisitorColumn column, boolean descending) {

    /**
     * The order of all levels, then the visitor id: rows that tie keep one order instead of
     * swapping places on every update.
     */
    static Comparator<VisitorRow> comparator(List<SortKey> keys) {
        Comparator<VisitorRow> combined = null;
        for (SortKey key : keys) {
            Comparator<VisitorRow> level = key.descending() ? key.column().comparator().reversed() : key.column().comparator();
            combined = combined == null ? level : combined.thenComparing(level);
        }
        Comparator<VisitorRow> byId = Comparator.comparing(VisitorRow::id);
        return combined == null ? byId : combined.thenComparing(byId);
    }
}
