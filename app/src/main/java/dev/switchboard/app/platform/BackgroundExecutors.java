package dev.switchboard.app.platform;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one workstation: an I/O pool for network calls and a timer for delayed work
 * (reconnects). Threads are daemons and named, so a stuck call never keeps the JVM alive and a
 * thread dump says who is doing what. Each workstation owns its own executors, so two of them
 * can run in one JVM and close independently.
 */
public final class BackgroundExecutors implements AutoCloseable {

    private final String prefix;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;

    public BackgroundExecutors(String prefix) {
        this.prefix = prefix;
        this.io = Executors.newCachedThreadPool(daemonThreads(prefix + "-io"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads(prefix + "-timer"));
    }

    /** For blocking network calls. */
    public ExecutorService io() {
        return io;
    }

    /**
     * Schedules delayed work on the timer thread; the work itself should hand off to {@link #io()}.
     * Once closed, work is dropped instead of thrown back: a reply or a close arriving on a network
     * thread during shutdown must not fail because the timer is gone.
     */
    public Scheduler scheduler() {
        return (delay, task) -> {
            try {
                var future = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            } catch (RejectedExecutionException closed) {
                return () -> { };
            }
        };
    }

    /** A new single thread for work that must stay in order (sync applying, the cache writer). */
    public ExecutorService newSerialExecutor(String name) {
        return Executors.newSingleThreadExecutor(daemonThreads(prefix + "-" + name));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdown();
        awaitQuietly(io, Duration.ofSeconds(2));
    }

    static void awaitQuietly(ExecutorService executor, Duration timeout) {
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
