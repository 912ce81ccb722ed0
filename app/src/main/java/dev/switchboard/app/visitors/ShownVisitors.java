package dev.switchboard.app.visitors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.collections.WeakListChangeListener;

/**
 * The rows the table shows: the visitors that pass the filter, in the chosen order. A changed
 * visitor is taken out and put back by binary search, so an update costs O(log n) comparisons
 * and one array move. It stands in for FilteredList plus SortedList, whose bookkeeping walks all
 * 10,000 rows for every changed one. A new order is reported as a permutation, so the table keeps
 * its selection; a new filter as one replacement of everything.
 *
 * <p>While {@linkplain #hold held} (the agent's pointer is over the table), no row moves: a
 * changed visitor is replaced where their row is, arrivals and departures wait, and on
 * {@link #release} the rows take their places in one go. A row that jumped away between two
 * clicks would make the second click pick someone else. FX thread.
 */
public final class ShownVisitors extends ObservableListBase<VisitorRow> {

    /** Beyond this many rows changed at once (a snapshot), sorting everything beats inserting one by one. */
    private static final int BULK = 256;

    private final ObservableList<VisitorRow> source;
    private final List<VisitorRow> shown = new ArrayList<>();
    // Held here, weakly by the source: a dropped view does not stay subscribed.
    private final ListChangeListener<VisitorRow> sourceChanged = this::sourceChanged;
    private Comparator<VisitorRow> order;
    private Predicate<VisitorRow> filter = row -> true;
    private boolean announcing;
    /** While held: where each shown visitor's row is, for replacing it in place. */
    private Map<String, Integer> heldAt;
    /** Whether anything changed while held, so that the rows must be put in order on release. */
    private boolean changedWhileHeld;

    public ShownVisitors(ObservableList<VisitorRow> source, Comparator<VisitorRow> order) {
        this.source = source;
        this.order = Objects.requireNonNull(order);
        source.addListener(new WeakListChangeListener<>(sourceChanged));
        source.stream().filter(filter).forEach(shown::add);
        shown.sort(order);
    }

    @Override
    public VisitorRow get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

    /**
     * Whether listeners are being told of a change right now. A table moves or drops its selection
     * when rows move: such selection changes are the list's doing, not the agent's.
     */
    public boolean isAnnouncing() {
        return announcing;
    }

    /** Orders the rows anew; the order must end in a tie-breaker, so that no two rows compare equal. */
    public void setOrder(Comparator<VisitorRow> newOrder) {
        order = Objects.requireNonNull(newOrder);
        // the agent asked for this order: it applies at once, with what waited for a release
        boolean held = isHeld();
        release();
        reorder();
        if (held) {
            hold();
        }
    }

    /** Whether rows stay where they are (see {@link #hold}). */
    public boolean isHeld() {
        return heldAt != null;
    }

    /** Keeps every row where it is until {@link #release}: changed rows are replaced in place, others wait. */
    public void hold() {
        if (heldAt != null) {
            return;
        }
        heldAt = new HashMap<>(shown.size() * 2);
        for (int i = 0; i < shown.size(); i++) {
            heldAt.put(shown.get(i).id(), i);
        }
        changedWhileHeld = false;
    }

    /** Puts the rows in their places: arrivals in, departures out, everyone in order. Nothing when not held. */
    public void release() {
        if (heldAt == null) {
            return;
        }
        heldAt = null;
        if (!changedWhileHeld) {
            return;
        }
        List<VisitorRow> wanted = source.stream().filter(filter).sorted(order).toList();
        Map<VisitorRow, Boolean> wantedRows = new IdentityHashMap<>(wanted.size() * 2);
        wanted.forEach(row -> wantedRows.put(row, Boolean.TRUE));
        boolean sameRows = wanted.size() == shown.size() && shown.stream().allMatch(wantedRows::containsKey);
        if (sameRows) {
            reorder();
        } else {
            List<VisitorRow> before = new ArrayList<>(shown);
            shown.clear();
            shown.addAll(wanted);
            announceReplacement(before);
        }
    }

    /** Sorts the shown rows and reports it as a permutation. */
    private void reorder() {
        Map<VisitorRow, Integer> before = new IdentityHashMap<>(shown.size() * 2);
        for (int i = 0; i < shown.size(); i++) {
            before.put(shown.get(i), i);
        }
        shown.sort(order);
        int[] permutation = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            permutation[before.get(shown.get(i))] = i;
        }
        beginChange();
        nextPermutation(0, shown.size(), permutation);
        announce();
    }

    /** Shows only the rows that pass; null shows all. */
    public void setFilter(Predicate<VisitorRow> newFilter) {
        filter = newFilter == null ? row -> true : newFilter;
        boolean held = isHeld();
        heldAt = null;
        List<VisitorRow> before = new ArrayList<>(shown);
        shown.clear();
        source.stream().filter(filter).forEach(shown::add);
        shown.sort(order);
        announceReplacement(before);
        if (held) {
            hold();
        }
    }

    private void sourceChanged(ListChangeListener.Change<? extends VisitorRow> change) {
        // The source replaces rows in place and swaps departed ones with its last row: a row both
        // removed and added in one change has not changed at all.
        Map<VisitorRow, Boolean> removed = new IdentityHashMap<>();
        List<VisitorRow> added = new ArrayList<>();
        while (change.next()) {
            change.getRemoved().forEach(row -> removed.put(row, Boolean.TRUE));
            added.addAll(change.getAddedSubList());
        }
        added.removeIf(row -> removed.remove(row) != null);
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        if (heldAt != null) {
            replaceInPlace(added);
            return;
        }
        if (removed.size() + added.size() > BULK) {
            replaceAll(removed, added);
            return;
        }
        beginChange();
        for (VisitorRow gone : removed.keySet()) {
            int at = position(gone);
            if (at >= 0) {
                shown.remove(at);
                nextRemove(at, gone);
            }
        }
        for (VisitorRow row : added) {
            if (filter.test(row)) {
                int at = -position(row) - 1;
                shown.add(at, row);
                nextAdd(at, at + 1);
            }
        }
        announce();
    }

    /**
     * Held: the new row of a shown visitor takes the old one's place, even when it no longer fits
     * the order or the filter; everything else waits for the release.
     */
    private void replaceInPlace(List<VisitorRow> added) {
        changedWhileHeld = true;
        List<Integer> places = new ArrayList<>();
        List<VisitorRow> replacedRows = new ArrayList<>();
        for (VisitorRow row : added) {
            Integer at = heldAt.get(row.id());
            if (at != null) {
                replacedRows.add(shown.set(at, row));
                places.add(at);
            }
        }
        if (places.isEmpty()) {
            return;
        }
        beginChange();
        for (int i = 0; i < places.size(); i++) {
            nextSet(places.get(i), replacedRows.get(i));
        }
        announce();
    }

    private void replaceAll(Map<VisitorRow, Boolean> removed, List<VisitorRow> added) {
        List<VisitorRow> before = new ArrayList<>(shown);
        shown.removeIf(removed::containsKey);
        added.stream().filter(filter).forEach(shown::add);
        shown.sort(order);
        announceReplacement(before);
    }

    private void announceReplacement(List<VisitorRow> before) {
        beginChange();
        if (before.isEmpty()) {
            nextAdd(0, shown.size());
        } else {
            nextReplace(0, shown.size(), before);
        }
        announce();
    }

    private void announce() {
        announcing = true;
        try {
            endChange();
        } finally {
            announcing = false;
        }
    }

    /** Where the row is ({@code >= 0}), or {@code -(insertion point) - 1}. */
    private int position(VisitorRow row) {
        int at = Collections.binarySearch(shown, row, order);
        return at >= 0 && shown.get(at) != row ? -at - 1 : at;
    }
}
