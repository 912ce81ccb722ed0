package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** In-place replacement, swap removal and one change per apply. */
class VisitorRowsTest {

    private final VisitorRows rows = new VisitorRows();
    private final List<String> changes = new ArrayList<>();

    private static VisitorChanges upserts(VisitorRow... upserted) {
        return new VisitorChanges(List.of(upserted), List.of(), List.of());
    }

    private static VisitorRow row(String id, int pages) {
        return VisitorRow.of(visitor(id).pages(pages).build());
    }

    private void fill(int count) {
        rows.apply(new VisitorChanges(IntStream.range(0, count).mapToObj(i -> row("v" + i, 1)).toList(), List.of(), List.of()));
        rows.addListener((ListChangeListener<VisitorRow>) change -> {
            List<String> parts = new ArrayList<>();
            while (change.next()) {
                parts.add(change.wasReplaced() ? "replaced " + change.getFrom()
                        : change.wasRemoved() ? "removed " + change.getFrom() : "added " + change.getFrom());
            }
            changes.add(String.join(", ", parts));
        });
    }

    @Test
    void aChangedVisitorIsReplacedWhereItIsAndTheOthersStay() {
        fill(10);
        VisitorRow untouched = rows.get(7);

        rows.apply(upserts(row("v3", 2)));

        assertThat(changes).containsExactly("replaced 3");
        assertThat(rows.get(3).visitor().pagesViewed()).isEqualTo(2);
        assertThat(rows.get(7)).isSameAs(untouched);
        assertThat(rows.find("v3")).isSameAs(rows.get(3));
    }

    @Test
    void aDepartedVisitorIsSwappedWithTheLastRowSoNothingShifts() {
        fill(10);
        VisitorRow last = rows.get(9);

        rows.apply(new VisitorChanges(List.of(), List.of("v2"), List.of()));

        assertThat(rows).hasSize(9);
        assertThat(rows.get(2)).isSameAs(last);
        assertThat(rows.find("v2")).isNull();
        assertThat(rows.find("v9")).isSameAs(last);
        assertThat(changes).hasSize(1);
    }

    @Test
    void manyChangesArriveAsOneListChange() {
        fill(100);

        rows.apply(new VisitorChanges(List.of(row("v1", 5), row("v50", 5), row("new", 1)), List.of("v7", "v99"), List.of()));

        assertThat(changes).hasSize(1);
        assertThat(rows).hasSize(99);
        assertThat(rows.stream().map(VisitorRow::id)).doesNotContain("v7", "v99").contains("new", "v98");
        assertThat(rows.find("v50").visitor().pagesViewed()).isEqualTo(5);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.find(rows.get(i).id())).isSameAs(rows.get(i));
        }
    }

    @Test
    void aLargeChangeReplacesTheWholeListOnceAndKeepsEveryIndexRight() {
        fill(10);

        List<VisitorRow> upserted = IntStream.range(5, 20).mapToObj(i -> row("v" + i, 2)).toList();
        rows.apply(new VisitorChanges(upserted, List.of("v0", "v1"), List.of()));

        assertThat(changes).containsExactly("replaced 0");
        assertThat(rows).hasSize(18);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.find(rows.get(i).id())).isSameAs(rows.get(i));
        }
        assertThat(rows.find("v19").visitor().pagesViewed()).isEqualTo(2);
        assertThat(rows.find("v3").visitor().pagesViewed()).isEqualTo(1);
    }

    @Test
    void countsFollowEveryChange() {
        fill(4);
        rows.apply(upserts(VisitorRow.of(visitor("v0").status(VisitorStatus.INVITED).build()),
                VisitorRow.of(visitor("v1").status(VisitorStatus.LEFT).build())));
        rows.apply(new VisitorChanges(List.of(), List.of("v2"), List.of()));

        assertThat(rows.countsProperty().get()).isEqualTo(new VisitorRows.StatusCounts(3, 1, 1, 0, 1));
    }
}
