package dev.switchboard.app.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items offered from any thread and hands them to a consumer in batches on a target
 * executor, with at most one drain pending at a time. With the FX executor this means a burst of
 * updates costs the UI one batch per pulse instead of one {@code runLater} per item.
 */
public final class Coalescer<T> {

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Executor target;
    private final Consumer<List<T>> consumer;

    public Coalescer(Executor target, Consumer<List<T>> consumer) {
        this.target = target;
        this.consumer = consumer;
    }

    /** Delivers only the newest item of each batch: for snapshots, where older ones are obsolete. */
    public static <T> Coalescer<T> latest(Executor target, Consumer<T> consumer) {
        return new Coalescer<>(target, batch -> consumer.accept(batch.get(batch.size() - 1)));
    }

    public void offer(T item) {
        queue.add(item);
        if (drainPending.compareAndSet(false, true)) {
            target.execute(this::drain);
        }
    }

    private void drain() {
        // Clear the flag before taking items, so an item offered meanwhile schedules a new drain.
        drainPending.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
