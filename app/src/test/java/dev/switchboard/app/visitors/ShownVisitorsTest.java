package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The filtered, sorted rows of the table, kept in order row by row. */
class ShownVisitorsTest {

    private static final Comparator<VisitorRow> BY_PAGES = SortKey.comparator(List.of(new SortKey(VisitorColumn.PAGES, false)));

    private final VisitorRows source = new VisitorRows();

    private static VisitorRow row(String id, int pages) {
        return VisitorRow.of(visitor(id).pages(pages).build());
    }

    private void apply(List<VisitorRow> upserts, String... removals) {
        source.apply(new VisitorChanges(upserts, List.of(removals), List.of()));
    }

    private static List<String> ids(List<VisitorRow> rows) {
        return rows.stream().map(VisitorRow::id).toList();
    }

    @Test
    void aChangeThatKeepsTheRowsPlaceIsOneReplacementThere() {
        apply(List.of(row("a", 1), row("b", 5), row("c", 9)));
        ShownVisitors shown = new ShownVisitors(source, BY_PAGES);
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<VisitorRow>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom()
                        : change.wasAdded() ? "added " + change.getFrom() : "removed " + change.getFrom());
            }
        });

        apply(List.of(row("b", 6)));
        assertThat(changes).containsExactly("replaced 1");

        changes.clear();
        apply(List.of(row("a", 10)));
        assertThat(ids(shown)).containsExactly("b", "c", "a");
        assertThat(changes).containsExactly("removed 0", "added 2");
    }

    @Test
    void aNewOrderIsAPermutationAndANewFilterAReplacement() {
        apply(List.of(row("a", 1), row("b", 5), row("c", 9)));
        ShownVisitors shown = new ShownVisitors(source, BY_PAGES);
        List<String> kinds = new ArrayList<>();
        shown.addListener((ListChangeListener<VisitorRow>) change -> {
            while (change.next()) {
                kinds.add(change.wasPermutated() ? "permutated" : change.wasReplaced() ? "replaced" : "other");
            }
        });

        shown.setOrder(BY_PAGES.reversed());
        assertThat(ids(shown)).containsExactly("c", "b", "a");
        shown.setFilter(row -> row.visitor().pagesViewed() > 2);
        assertThat(ids(shown)).containsExactly("c", "b");
        apply(List.of(row("a", 3), row("c", 1)));
        assertThat(ids(shown)).as("most pages first").containsExactly("b", "a");

        assertThat(kinds).startsWith("permutated", "replaced");
    }

    @Test
    void staysTheFilteredSortedSourceThroughRandomChanges() {
        Random random = new Random(7);
        apply(IntStream.range(0, 300).mapToObj(i -> row("v" + i, random.nextInt(20))).toList());
        Comparator<VisitorRow> order = SortKey.comparator(List.of(new SortKey(VisitorColumn.STATUS, false),
                new SortKey(VisitorColumn.ON_PAGE, true)));
        ShownVisitors shown = new ShownVisitors(source, order);
        Predicate<VisitorRow> browsing = row -> row.status() != VisitorStatus.LEFT;
        shown.setFilter(browsing);
        int next = 300;
        for (int round = 0; round < 200; round++) {
            List<VisitorRow> upserts = new ArrayList<>();
            List<String> removals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                int pick = random.nextInt(source.size());
                String id = source.get(pick).id();
                switch (random.nextInt(4)) {
                    case 0 -> removals.add(id);
                    case 1 -> upserts.add(row("v" + next++, random.nextInt(20)));
                    default -> upserts.add(VisitorRow.of(visitor(id).pages(random.nextInt(20))
                            .status(VisitorStatus.values()[random.nextInt(4)])
                            .started(T0, T0.plusSeconds(random.nextInt(600))).build()));
                }
            }
            upserts.removeIf(row -> removals.contains(row.id()));
            apply(upserts, removals.toArray(String[]::new));

            assertThat(ids(shown)).as("round " + round)
                    .isEqualTo(ids(source.stream().filter(browsing).sorted(order).toList()));
        }
    }

    @Test
    void aSnapshotIsSortedInOneGo() {
        ShownVisitors shown = new ShownVisitors(source, BY_PAGES);
        List<Integer> changeCount = new ArrayList<>();
        shown.addListener((ListChangeListener<VisitorRow>) change -> changeCount.add(1));

        apply(IntStream.range(0, 5000).mapToObj(i -> row("v" + i, 5000 - i)).toList());

        assertThat(shown).hasSize(5000);
        assertThat(shown.get(0).id()).isEqualTo("v4999");
        assertThat(changeCount).hasSize(1);
    }

    @Test
    void heldRowsStayInPlaceChangedOnesAreReplacedThereAndTheRestWaitsForTheRelease() {
        apply(List.of(row("a", 1), row("b", 5), row("c", 9)));
        ShownVisitors shown = new ShownVisitors(source, BY_PAGES);
        shown.setFilter(row -> row.visitor().pagesViewed() < 20);
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<VisitorRow>) change -> {
            while (change.next()) {
                changes.add(change.wasPermutated() ? "permutated" : change.wasReplaced() ? "replaced " + change.getFrom()
                        : change.wasAdded() ? "added " + change.getFrom() : "removed " + change.getFrom());
            }
        });

        shown.hold();
        apply(List.of(row("a", 12), row("new", 0)), "b");
        apply(List.of(row("c", 30)));

        assertThat(ids(shown)).as("nobody moved, arrived or left under the pointer").containsExactly("a", "b", "c");
        assertThat(shown.get(0).visitor().pagesViewed()).as("a's row shows a's news").isEqualTo(12);
        assertThat(shown.get(2).visitor().pagesViewed()).as("even when c no longer passes the filter").isEqualTo(30);
        assertThat(changes).containsExactly("replaced 0", "replaced 2");

        shown.release();
        assertThat(ids(shown)).as("in order, with the arrival and without who left or was filtered out").containsExactly("new", "a");
        shown.release();
        assertThat(ids(shown)).containsExactly("new", "a");
    }

    @Test
    void aReleaseWithTheSameRowsIsAPermutationAndANewOrderAppliesAtOnceEvenWhenHeld() {
        apply(List.of(row("a", 1), row("b", 5), row("c", 9)));
        ShownVisitors shown = new ShownVisitors(source, BY_PAGES);
        List<String> kinds = new ArrayList<>();
        shown.addListener((ListChangeListener<VisitorRow>) change -> {
            while (change.next()) {
                kinds.add(change.wasPermutated() ? "permutated" : change.wasReplaced() ? "replaced" : "other");
            }
        });

        shown.hold();
        apply(List.of(row("a", 20)));
        shown.release();
        assertThat(ids(shown)).containsExactly("b", "c", "a");
        assertThat(kinds).containsExactly("replaced", "permutated");

        shown.hold();
        apply(List.of(row("new", 7)));
        shown.setOrder(BY_PAGES.reversed());
        assertThat(ids(shown)).as("the agent clicked for this order: it shows, with what waited").containsExactly("a", "c", "new", "b");
        assertThat(shown.isHeld()).as("and the pointer still holds the rows").isTrue();
        apply(List.of(row("b", 30)));
        assertThat(ids(shown)).containsExactly("a", "c", "new", "b");
    }
}
