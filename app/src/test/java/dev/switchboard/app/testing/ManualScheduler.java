package dev.switchboard.app.testing;

import dev.switchboard.app.platform.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler that runs nothing by itself: tests see the delays asked for and run tasks by hand. */
public final class ManualScheduler implements Scheduler {

    /** A task waiting for its delay. */
    public record Planned(Duration delay, Runnable task, boolean[] cancelled) {
    }

    private final List<Planned> planned = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        planned.add(new Planned(delay, task, cancelled));
        delays.add(delay);
        return () -> cancelled[0] = true;
    }

    /** Every delay ever asked for, in order. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** Tasks planned and neither run nor cancelled. */
    public synchronized int pending() {
        return (int) planned.stream().filter(p -> !p.cancelled()[0]).count();
    }

    /** Runs the oldest waiting task as if its delay had passed. */
    public void runNext() {
        Planned next;
        synchronized (this) {
            next = planned.stream().filter(p -> !p.cancelled()[0]).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing scheduled"));
            planned.remove(next);
        }
        next.task().run();
    }
}
