package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions, removals, merging and arrivals of the off-FX visitor list. */
class OnlineVisitorsTest {

    private final MutableClock clock = new MutableClock(T0.plusSeconds(600));
    private final OnlineVisitors online = new OnlineVisitors(clock);

    private static VisitorBatch batch(List<VisitorSummary> upserts, String... removed) {
        return new VisitorBatch(upserts, List.of(removed));
    }

    @Test
    void aSnapshotThenBatchesMergeIntoTheNewestRowPerVisitor() {
        online.accept(batch(List.of(visitor("a").build(), visitor("b").build())), true);
        assertThat(online.takeChanges().upserts()).extracting(VisitorRow::id).containsExactlyInAnyOrder("a", "b");

        online.accept(batch(List.of(visitor("a").pages(2).version(2).build())), false);
        online.accept(batch(List.of(visitor("a").pages(3).version(3).build(), visitor("c").build())), false);
        VisitorChanges merged = online.takeChanges();

        assertThat(merged.upserts()).extracting(row -> row.id() + ":" + row.visitor().pagesViewed())
                .containsExactly("a:3", "c:1");
        assertThat(online.takeChanges()).isSameAs(VisitorChanges.NONE);
    }

    @Test
    void anUpsertNoNewerThanTheHeldRowIsIgnored() {
        online.accept(batch(List.of(visitor("a").pages(5).version(5).build())), true);
        online.takeChanges();

        boolean pending = online.accept(batch(List.of(visitor("a").pages(4).version(4).build(),
                visitor("a").pages(9).version(5).build())), false);

        assertThat(pending).isFalse();
        assertThat(online.takeChanges().isEmpty()).isTrue();
    }

    @Test
    void removalsLeaveTheListAndCancelAPendingUpsertOfTheSameVisitor() {
        online.accept(batch(List.of(visitor("a").build(), visitor("b").build())), true);
        online.takeChanges();

        online.accept(batch(List.of(visitor("b").pages(2).version(2).build())), false);
        online.accept(batch(List.of(), "b", "unknown"), false);
        VisitorChanges changes = online.takeChanges();

        assertThat(changes.upserts()).isEmpty();
        assertThat(changes.removals()).containsExactly("b");
    }

    @Test
    void aReturnAfterARemovalIsAnUpsertAgain() {
        online.accept(batch(List.of(visitor("a").build())), true);
        online.accept(batch(List.of(), "a"), false);
        online.accept(batch(List.of(visitor("a").version(2).build())), false);

        VisitorChanges changes = online.takeChanges();

        assertThat(changes.removals()).isEmpty();
        assertThat(changes.upserts()).extracting(VisitorRow::id).containsExactly("a");
    }

    @Test
    void aSnapshotAfterAReconnectIsTheWholeTruthWhateverItsVersions() {
        online.accept(batch(List.of(visitor("a").version(7).build(), visitor("gone").build())), true);
        online.takeChanges();

        // A restarted server counts versions from 1 again.
        online.accept(batch(List.of(visitor("a").pages(2).version(1).build())), true);
        VisitorChanges changes = online.takeChanges();

        assertThat(changes.removals()).containsExactly("gone");
        assertThat(changes.upserts()).extracting(row -> row.visitor().pagesViewed()).containsExactly(2);
    }

    @Test
    void theFirstSnapshotIsTheBaselineAndAnnouncesNobody() {
        online.accept(batch(List.of(visitor("a").visits(3).build())), true);

        assertThat(online.takeChanges().arrivals()).isEmpty();
    }

    @Test
    void aVisitArrivesOnceEvenWhenTheVisitorDropsOutOfTheListAndComesBack() {
        online.accept(batch(List.of()), true);

        online.accept(batch(List.of(visitor("a").build())), false);
        assertThat(online.takeChanges().arrivals()).extracting(VisitorRow::id).containsExactly("a");

        online.accept(batch(List.of(visitor("a").pages(2).version(2).build())), false);
        online.accept(batch(List.of(), "a"), false);
        online.accept(batch(List.of(visitor("a").pages(3).version(3).build())), false);
        assertThat(online.takeChanges().arrivals()).as("same visit").isEmpty();

        online.accept(batch(List.of(visitor("a").started(T0.plusSeconds(3600), T0.plusSeconds(3600)).visits(2)
                .version(4).build())), false);
        assertThat(online.takeChanges().arrivals()).as("a new visit").extracting(VisitorRow::id).containsExactly("a");
    }

    @Test
    void visitorsWhoLeftOrAreBlockedDoNotArrive() {
        online.accept(batch(List.of()), true);

        online.accept(batch(List.of(visitor("left").status(VisitorStatus.LEFT).build(), visitor("blocked").blocked().build())),
                false);

        assertThat(online.takeChanges().arrivals()).isEmpty();
    }

    @Test
    void visitorsWhoArrivedDuringAnOutageArriveWithTheReconnectSnapshot() {
        online.accept(batch(List.of(visitor("a").build())), true);
        online.takeChanges();

        online.accept(batch(List.of(visitor("a").build(), visitor("new").build())), true);

        assertThat(online.takeChanges().arrivals()).extracting(VisitorRow::id).containsExactly("new");
    }

    @Test
    void theTimeAVisitorIsSeenLeavingStopsTheirClocks() {
        online.accept(batch(List.of(visitor("a").build())), true);
        assertThat(online.takeChanges().upserts().get(0).leftAt()).isNull();

        online.accept(batch(List.of(visitor("a").status(VisitorStatus.LEFT).version(2).build())), false);
        VisitorRow left = online.takeChanges().upserts().get(0);
        assertThat(left.leftAt()).isEqualTo(clock.instant());
        assertThat(left.clockEnd(clock.instant().plusSeconds(90))).isEqualTo(clock.instant());

        clock.advance(Duration.ofMinutes(2));
        online.accept(batch(List.of(visitor("a").status(VisitorStatus.LEFT).blocked().version(3).build())), false);
        assertThat(online.takeChanges().upserts().get(0).leftAt()).as("still the first sighting").isEqualTo(left.leftAt());
    }
}
