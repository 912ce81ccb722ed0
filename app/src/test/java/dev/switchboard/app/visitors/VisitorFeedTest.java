package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.visitors.VisitorBatch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches from the socket reach the rows in one drain per pulse. */
class VisitorFeedTest {

    /** Stands in for Platform::runLater: drains wait until the "pulse" runs them. */
    private final List<Runnable> pulse = new ArrayList<>();
    private final VisitorFeed feed = new VisitorFeed(pulse::add, Clock.systemUTC());

    private void runPulse() {
        List<Runnable> now = new ArrayList<>(pulse);
        pulse.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aBurstOfBatchesCostsOneDrainThatShowsTheNewestState() {
        feed.accept(new VisitorBatch(List.of(visitor("a").build(), visitor("b").build()), List.of()), true);
        for (int version = 2; version <= 200; version++) {
            feed.accept(new VisitorBatch(List.of(visitor("a").pages(version).version(version).build()), List.of()), false);
        }
        assertThat(pulse).hasSize(1);

        runPulse();

        assertThat(feed.rows()).hasSize(2);
        assertThat(feed.rows().find("a").visitor().pagesViewed()).isEqualTo(200);
        assertThat(feed.appliedProperty().get()).isEqualTo(1);
    }

    @Test
    void arrivalsAreAnnouncedAfterTheRowsShowThem() {
        List<String> heard = new ArrayList<>();
        feed.onArrivals(arrivals -> arrivals.forEach(row -> heard.add(row.id() + " shown=" + (feed.rows().find(row.id()) != null))));
        feed.accept(new VisitorBatch(List.of(), List.of()), true);
        runPulse();

        feed.accept(new VisitorBatch(List.of(visitor("new").build()), List.of()), false);
        runPulse();

        assertThat(heard).containsExactly("new shown=true");
    }
}
