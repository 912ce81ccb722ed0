package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableListBase;

/**
 * The visitor list as the UI holds it: an observable list in no particular order (the table
 * sorts its own view of it) with an index per visitor id, so a changed visitor is replaced in
 * place and a departed one is swapped with the last row, both without shifting the others.
 * Each {@link #apply} is one list change, however many rows it touches. FX thread.
 */
public final class VisitorRows extends ObservableListBase<VisitorRow> {

    /** Beyond this share of the list, one wholesale replacement is cheaper than many small changes. */
    private static final double REBUILD_SHARE = 0.25;

    private List<VisitorRow> rows = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final int[] byStatus = new int[VisitorStatus.values().length];
    private final ReadOnlyObjectWrapper<StatusCounts> counts = new ReadOnlyObjectWrapper<>(StatusCounts.EMPTY);

    /** How many visitors the list holds, in total and per status. */
    public record StatusCounts(int total, int browsing, int invited, int chatting, int left) {

        static final StatusCounts EMPTY = new StatusCounts(0, 0, 0, 0, 0);
    }

    @Override
    public VisitorRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** The row of this visitor, or null when they are not in the list. */
    public VisitorRow find(String id) {
        Integer index = indexById.get(id);
        return index == null ? null : rows.get(index);
    }

    public ReadOnlyObjectProperty<StatusCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Applies merged changes as a single list change. */
    public void apply(VisitorChanges changes) {
        if (changes.size() == 0) {
            return;
        }
        if (changes.size() > REBUILD_SHARE * Math.max(rows.size(), 1)) {
            rebuild(changes);
        } else {
            beginChange();
            try {
                changes.removals().forEach(this::removeInPlace);
                changes.upserts().forEach(this::upsertInPlace);
            } finally {
                endChange();
            }
        }
        StatusCounts now = new StatusCounts(rows.size(), byStatus[VisitorStatus.BROWSING.ordinal()],
                byStatus[VisitorStatus.INVITED.ordinal()], byStatus[VisitorStatus.CHATTING.ordinal()],
                byStatus[VisitorStatus.LEFT.ordinal()]);
        if (!now.equals(counts.get())) {
            counts.set(now);
        }
    }

    private void removeInPlace(String id) {
        Integer index = indexById.remove(id);
        if (index == null) {
            return;
        }
        int last = rows.size() - 1;
        VisitorRow gone = rows.get(index);
        byStatus[gone.status().ordinal()]--;
        VisitorRow removedAtEnd = gone;
        if (index != last) {
            VisitorRow moved = rows.get(last);
            rows.set(index, moved);
            indexById.put(moved.id(), index);
            nextSet(index, gone);
            removedAtEnd = moved;
        }
        rows.remove(last);
        nextRemove(last, removedAtEnd);
    }

    private void upsertInPlace(VisitorRow row) {
        Integer index = indexById.get(row.id());
        byStatus[row.status().ordinal()]++;
        if (index != null) {
            VisitorRow replaced = rows.set(index, row);
            byStatus[replaced.status().ordinal()]--;
            nextSet(index, replaced);
        } else {
            rows.add(row);
            indexById.put(row.id(), rows.size() - 1);
            nextAdd(rows.size() - 1, rows.size());
        }
    }

    /** A snapshot after a reconnect: build the new list, then report one replacement of everything. */
    private void rebuild(VisitorChanges changes) {
        List<VisitorRow> before = rows;
        Map<String, VisitorRow> byId = new HashMap<>();
        before.forEach(row -> byId.put(row.id(), row));
        changes.removals().forEach(byId::remove);
        List<VisitorRow> after = new ArrayList<>(byId.size() + changes.upserts().size());
        for (VisitorRow row : before) {
            if (byId.containsKey(row.id())) {
                after.add(byId.remove(row.id()));
            }
        }
        indexById.clear();
        rows = after;
        for (int i = 0; i < after.size(); i++) {
            indexById.put(after.get(i).id(), i);
        }
        changes.upserts().forEach(row -> {
            Integer index = indexById.get(row.id());
            if (index != null) {
                after.set(index, row);
            } else {
                after.add(row);
                indexById.put(row.id(), after.size() - 1);
            }
        });
        Arrays.fill(byStatus, 0);
        after.forEach(row -> byStatus[row.status().ordinal()]++);
        beginChange();
        try {
            nextReplace(0, after.size(), before);
        } finally {
            endChange();
        }
    }
}
