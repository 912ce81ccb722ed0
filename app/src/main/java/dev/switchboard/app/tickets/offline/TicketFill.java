package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first fill of an account's ticket cache through the snapshot endpoint instead of the change log
 * (ADR 0038, amendment "the first fill"). The first page is read before the socket subscribes, and
 * its seq ({@code covered}) tells the backend not to send ticket entries up to it: every page is read
 * after that seq, so it holds those tickets as they were then or newer. Each page is kept in one cache
 * transaction with the fill's progress, so a restart resumes after the last ticket written; the
 * change log's entries after the seq come as always, and the version check of
 * {@link OfflineBulkRows#keepTickets} lets neither side overwrite a newer copy with an older one.
 */
public final class TicketFill {

    /** Tickets per page: the endpoint's most. */
    public static final int PAGE = TicketSnapshotPage.MAX_LIMIT;

    private static final Logger LOG = LoggerFactory.getLogger(TicketFill.class);

    /** Reads one snapshot page (blocking, on the io executor): the tickets after {@code after}, at most {@code limit}. */
    @FunctionalInterface
    public interface Pages {
        TicketSnapshotPage read(long after, int limit);
    }

    /** Where a fill stands: {@code seq} 0 for a cache filled from the change log itself. */
    record Progress(long seq, long lastId, long written, boolean done) {
    }

    /**
     * What the agent is told of a fill: whether it is running, the tickets written so far, and about how
     * many there are ({@code about} 0: not known, as after a restart mid-fill — only the first page counts them).
     */
    public record Filling(boolean running, long written, long about) {
    }

    private final CacheDatabase db;
    private final String account;
    private final OfflineTickets tickets;
    private final Pages pages;
    private final Executor io;
    private final int pageSize;
    /** Tickets the change log took out of sight during this run: a page read before must not bring them back. */
    private final Set<Long> gone = ConcurrentHashMap.newKeySet();
    private CompletableFuture<Void> run = CompletableFuture.completedFuture(null);
    private volatile Progress progress;
    private volatile boolean closed;
    /** The first page's count of the tickets, 0 until read. */
    private volatile long about;
    private volatile Consumer<Filling> listener = filling -> { };
    private final AtomicReference<Filling> told = new AtomicReference<>();

    public TicketFill(CacheDatabase db, String account, OfflineTickets tickets, Pages pages, Executor io) {
        this(db, account, tickets, pages, io, PAGE);
    }

    TicketFill(CacheDatabase db, String account, OfflineTickets tickets, Pages pages, Executor io, int pageSize) {
        this.pageSize = pageSize;
        this.db = db;
        this.account = account;
        this.tickets = tickets;
        this.pages = pages;
        this.io = io;
    }

    /**
     * Before the socket subscribes: reads where the fill stands, and for a cache that has none (and holds no
     * ticket) reads and keeps the first page. A cache filled before fills existed is marked done as it is.
     * Completes normally also when the backend cannot be reached (the change log then fills the cache).
     */
    public CompletableFuture<Void> prepare() {
        return db.transaction(handle -> {
            Optional<Progress> kept = read(handle);
            if (kept.isEmpty() && handle.createQuery("SELECT COUNT(*) FROM offline_ticket").mapTo(Long.class).one() > 0) {
                Progress fromLog = new Progress(0, 0, 0, true);
                write(handle, fromLog);
                return Optional.of(fromLog);
            }
            return kept;
        }).thenCompose(kept -> {
            if (kept.isPresent()) {
                progress = kept.get();
                return CompletableFuture.<Void>completedFuture(null);
            }
            return read(0).thenCompose(this::keep);
        }).exceptionally(error -> {
            LOG.info("The tickets' first fill has not started (the change log fills the cache meanwhile): {}", error.toString());
            return null;
        });
    }

    /**
     * Goes on reading pages in the background until the fill is done; on every connect. Answers the run,
     * which completes when it stops (done, closed, or the backend unreachable: the next connect goes on).
     */
    public synchronized CompletableFuture<Void> resume() {
        if (closed || (progress != null && progress.done())) {
            return CompletableFuture.completedFuture(null);
        }
        if (run.isDone()) {
            tell(true);
            run = next().exceptionally(error -> {
                if (!closed) {
                    LOG.info("The tickets' first fill stopped after ticket {}; it goes on at the next connect: {}",
                            progress == null ? 0 : progress.lastId(), error.toString());
                }
                return null;
            }).whenComplete((stopped, never) -> tell(false));
        }
        return run;
    }

    /**
     * Tells {@code listener} how the fill gets on: when a run starts, after each page kept (from the cache's
     * writer thread) and when it stops — once a page at most, never the same twice in a row.
     */
    public void listen(Consumer<Filling> listener) {
        this.listener = listener;
    }

    /** Stops after the page being read or written. */
    public void close() {
        closed = true;
    }

    /** The seq up to which the cache has the tickets from the snapshot (0: none): the socket need not send ticket entries up to it. */
    public long coveredUpTo() {
        Progress now = progress;
        return now == null ? 0 : now.seq();
    }

    /** Where the fill stands, empty before it started. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }

    /** The change log took {@code ticketId} out of the agent's sight: a page read before must not keep it again. */
    void gone(long ticketId) {
        gone.add(ticketId);
    }

    private CompletableFuture<Void> next() {
        Progress now = progress;
        if (closed || (now != null && now.done())) {
            return CompletableFuture.completedFuture(null);
        }
        return read(now == null ? 0 : now.lastId()).thenCompose(this::keepAndGoOn);
    }

    /** Keeps {@code page} while the next one is read: the backend's reading and the cache's writing overlap. */
    private CompletableFuture<Void> keepAndGoOn(TicketSnapshotPage page) {
        CompletableFuture<Void> written = keep(page);
        if (!page.hasMore() || closed) {
            return written;
        }
        CompletableFuture<TicketSnapshotPage> following = read(page.nextAfter());
        // the next page is kept only once this one is: its progress follows this page's
        return written.thenCombine(following, (kept, next) -> next).thenCompose(this::keepAndGoOn);
    }

    private CompletableFuture<TicketSnapshotPage> read(long after) {
        return CompletableFuture.supplyAsync(() -> pages.read(after, pageSize), io);
    }

    private CompletableFuture<Void> keep(TicketSnapshotPage page) {
        Progress before = progress;
        if (page.total() != null) {
            about = page.total();
        }
        // The first page's seq stays the fill's: later pages are read after it, so they hold their tickets as then or newer.
        long seq = before == null ? page.seq() : before.seq();
        Progress after = new Progress(seq, page.nextAfter(), (before == null ? 0 : before.written()) + page.tickets().size(), !page.hasMore());
        return tickets.keep(handle -> {
            write(handle, after);
            return page.tickets().stream().filter(ticket -> !gone.contains(ticket.id())).toList();
        }).thenRun(() -> {
            progress = after;
            Filling last = told.get();
            // the first page, kept before the socket connects, does not start a run: resume does
            tell(!after.done() && last != null && last.running());
        });
    }

    private void tell(boolean running) {
        Progress now = progress;
        long written = now == null ? 0 : now.written();
        Filling filling = new Filling(running, written, about == 0 ? 0 : Math.max(about, written));
        if (!filling.equals(told.getAndSet(filling))) {
            listener.accept(filling);
        }
    }

    private Optional<Progress> read(Handle handle) {
        return handle.createQuery("SELECT snapshot_seq, last_id, written, done FROM offline_ticket_fill WHERE account = :account")
                .bind("account", account)
                .map((rs, ctx) -> new Progress(rs.getLong("snapshot_seq"), rs.getLong("last_id"), rs.getLong("written"), rs.getBoolean("done")))
                .findOne();
    }

    private void write(Handle handle, Progress now) {
        handle.createUpdate("MERGE INTO offline_ticket_fill (account, snapshot_seq, last_id, written, done) KEY (account)"
                        + " VALUES (:account, :seq, :lastId, :written, :done)")
                .bind("account", account).bind("seq", now.seq()).bind("lastId", now.lastId()).bind("written", now.written())
                .bind("done", now.done()).execute();
    }
}
