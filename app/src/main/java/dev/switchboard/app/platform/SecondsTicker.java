package dev.switchboard.app.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The time on the FX thread, moved on at each whole second while anyone uses it, for labels that
 * count up ("waiting 1:05"). Only this one property changes per second: the labels bound to it
 * recompute, nothing else is rebuilt. One tick is planned at a time and the next only after the
 * FX thread took the previous one, so a busy FX thread skips seconds instead of queueing them.
 * Users call {@link #start()} and {@link #stop()} in pairs (views: on activate and deactivate).
 * FX thread.
 */
public final class SecondsTicker {

    private final Scheduler scheduler;
    private final Executor fx;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private int users;
    private long generation;
    private Scheduler.Cancellable next;

    public SecondsTicker(Scheduler scheduler, Executor fx, Clock clock) {
        this.scheduler = scheduler;
        this.fx = fx;
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    }

    /** The time of the last tick (ticks come at each whole second of the clock). */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    public void start() {
        if (users++ == 0) {
            tick(++generation);
        }
    }

    public void stop() {
        if (users == 0) {
            return;
        }
        if (--users == 0) {
            generation++;
            if (next != null) {
                next.cancel();
                next = null;
            }
        }
    }

    private void tick(long ofGeneration) {
        if (ofGeneration != generation || users == 0) {
            return;
        }
        Instant current = clock.instant();
        now.set(current);
        Duration untilNextSecond = Duration.ofNanos(1_000_000_000L - current.getNano());
        next = scheduler.schedule(untilNextSecond, () -> fx.execute(() -> tick(ofGeneration)));
    }
}
