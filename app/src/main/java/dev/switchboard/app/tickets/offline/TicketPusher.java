package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the outbox in order while the backend is reachable: batches of {@link #BATCH} (at most
 * {@link TicketSyncRequest#MAX_MUTATIONS}), one at a time (a request to push while one runs makes
 * the running one go on once more), each answer stored before the next batch is read. A failed
 * push leaves every entry in place for the next {@link #push}.
 */
public final class TicketPusher {

    /** How far a push got: entries synced in this run and entries left. */
    public record Progress(int synced, int left, boolean running) {
    }

    /**
     * Entries per push as the workstation sends them. The backend applies each entry through the live
     * ticket paths in a transaction of its own (tens of milliseconds on a busy machine): 500 at once
     * outlasted the client's 20 s call timeout, and the outbox stalled until the next connect. A hundred
     * answer well within it, and the extra round trips cost little next to the entries' own work.
     */
    public static final int BATCH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(TicketPusher.class);

    private final OfflineTickets tickets;
    private final SyncResults results;
    private final Function<TicketSyncRequest, TicketSyncResponse> send;
    private final Executor io;
    private final Consumer<Progress> progress;
    private final int batchSize;
    private final Object lock = new Object();
    private boolean running;
    private boolean again;

    /**
     * @param send     sends one push and answers the backend's answer (blocking, run on {@code io}); throws when unreachable
     * @param progress told after every batch and when a run ends (on {@code io} or the cache's thread)
     */
    public TicketPusher(OfflineTickets tickets, Clock clock, Function<TicketSyncRequest, TicketSyncResponse> send, Executor io,
                        Consumer<Progress> progress, int batchSize) {
        this.tickets = tickets;
        this.results = new SyncResults(tickets, clock);
        this.send = send;
        this.io = io;
        this.progress = progress;
        this.batchSize = Math.min(batchSize, TicketSyncRequest.MAX_MUTATIONS);
    }

    public TicketPusher(OfflineTickets tickets, Clock clock, Function<TicketSyncRequest, TicketSyncResponse> send, Executor io,
                        Consumer<Progress> progress) {
        this(tickets, clock, send, io, progress, BATCH);
    }

    /** Pushes what waits; completes when this run (or the one it joined) has ended. Never fails: a failure waits for the next call. */
    public CompletableFuture<Void> push() {
        synchronized (lock) {
            if (running) {
                again = true;
                return CompletableFuture.completedFuture(null);
            }
            running = true;
        }
        CompletableFuture<Void> run = new CompletableFuture<>();
        next(0, run);
        return run;
    }

    private void next(int synced, CompletableFuture<Void> run) {
        results.nextBatch(batchSize).thenCompose(request -> {
            if (request.mutations().isEmpty()) {
                return CompletableFuture.completedFuture(-1);
            }
            return CompletableFuture.supplyAsync(() -> send.apply(request), io)
                    .thenCompose(answer -> results.apply(request, answer))
                    .exceptionallyCompose(failure -> results.pushFailed().thenCompose(ignored -> CompletableFuture.failedFuture(failure)));
        }).thenCompose(done -> tickets.pending().thenApply(left -> new int[] {done, left})).whenComplete((counts, failure) -> {
            if (failure != null) {
                LOG.info("Ticket sync stopped, entries stay for the next try: {}", unwrap(failure).toString());
                finish(synced, run);
                return;
            }
            int done = counts[0];
            int left = counts[1];
            if (done > 0) {
                progress.accept(new Progress(synced + done, left, true));
                next(synced + done, run);
            } else if (done == 0 && left > 0) {
                // an answer without results for what was sent: the backend stopped on a fault of its own; try again later
                LOG.info("Ticket sync: the backend answered no result for the next entry; {} stay", left);
                finish(synced, run);
            } else {
                finish(synced, run);
            }
        });
    }

    private void finish(int synced, CompletableFuture<Void> run) {
        boolean goOn;
        synchronized (lock) {
            goOn = again;
            again = false;
            if (!goOn) {
                running = false;
            }
        }
        if (goOn) {
            next(synced, run);
            return;
        }
        tickets.pending().whenComplete((left, failure) -> {
            progress.accept(new Progress(synced, left == null ? -1 : left, false));
            run.complete(null);
        });
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
