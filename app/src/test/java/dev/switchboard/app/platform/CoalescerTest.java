package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    /** Stands in for Platform::runLater: queues runnables until the "pulse" runs them. */
    private final List<Runnable> pulse = new ArrayList<>();

    private void runPulse() {
        List<Runnable> now = new ArrayList<>(pulse);
        pulse.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aBurstCostsOneDrainAndArrivesAsOneBatchInOrder() {
        List<List<Integer>> batches = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(pulse::add, batches::add);

        for (int i = 0; i < 1000; i++) {
            coalescer.offer(i);
        }
        assertThat(pulse).hasSize(1);
        runPulse();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
    }

    @Test
    void itemsOfferedAfterADrainScheduleTheNextOne() {
        List<List<Integer>> batches = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(pulse::add, batches::add);

        coalescer.offer(1);
        runPulse();
        coalescer.offer(2);
        coalescer.offer(3);
        runPulse();

        assertThat(batches).containsExactly(List.of(1), List.of(2, 3));
    }

    @Test
    void latestKeepsOnlyTheNewestSnapshotOfABurst() {
        List<String> shown = new ArrayList<>();
        Coalescer<String> coalescer = Coalescer.latest(pulse::add, shown::add);

        coalescer.offer("a");
        coalescer.offer("b");
        coalescer.offer("c");
        runPulse();

        assertThat(shown).containsExactly("c");
    }
}
