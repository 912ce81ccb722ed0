package dev.switchboard.app.platform;

import java.time.Duration;

/** Runs a task after a delay. Injected so that tests move time by hand instead of sleeping. */
@FunctionalInterface
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
