package dev.switchboard.server.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread that runs queued database work in shared transactions: whatever queued up
 * while the previous commit was being written goes into the next one (group commit). Each task's
 * future completes only after its transaction committed, so an answer sent on completion is
 * durable, while a thousand arrivals a second cost a few dozen commits instead of thousands.
 */
public final class BatchWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final int MAX_BATCH = 256;

    private record Task<T>(Function<Handle, T> work, CompletableFuture<T> result) {
    }

    private final Jdbi jdbi;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public BatchWriter(Jdbi jdbi, String name) {
        this.jdbi = jdbi;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues work; the future completes with its result after the commit, or with its failure. */
    public <T> CompletableFuture<T> submit(Function<Handle, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException("the writer is closed"));
            return result;
        }
        queue.add(new Task<>(work, result));
        return result;
    }

    private void run() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Task<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Task<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            jdbi.useTransaction(handle -> {
                for (Task<?> task : batch) {
                    results.add(task.work().apply(handle));
                }
            });
        } catch (RuntimeException batchFailure) {
            // one task broke the shared transaction: run each alone so only that one fails
            batch.forEach(this::writeAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results.get(i));
        }
    }

    private <T> void writeAlone(Task<T> task) {
        try {
            task.result().complete(jdbi.inTransaction(handle -> task.work().apply(handle)));
        } catch (RuntimeException e) {
            LOG.debug("queued write failed", e);
            task.result().completeExceptionally(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Task<T> task, Object result) {
        task.result().complete((T) result);
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
