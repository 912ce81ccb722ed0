package dev.switchboard.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.json.Json;

/**
 * The global, strictly increasing log of changes to synced entities.
 *
 * <p>Writers that change a synced entity do so through {@link #write}: one transaction that holds
 * a single lock from the first statement to the publication of its changes. Serializing them is
 * what makes "I have seen seq N" a safe cursor: a change with a lower sequence can never commit
 * after a reader has seen a higher one, and live listeners receive changes in sequence order. Not
 * every write takes this lock, only those that touch synced entities, and a lightweight backend's
 * write rate is far below what one lock can carry.
 */
public final class ChangeLog {

    private static final int CATCH_UP_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public ChangeLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Work of one transaction that records the changes it makes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }

    /** A transaction in progress: its handle, and the recorder of its changes. */
    public final class Tx {
        private final Handle handle;
        private final List<Change> recorded = new ArrayList<>();
        private int savepoints;

        private Tx(Handle handle) {
            this.handle = handle;
        }

        public Handle handle() {
            return handle;
        }

        public Instant now() {
            return clock.instant();
        }

        /** Appends a change of {@code entity} to the log; {@code data} is null for a delete. */
        public Change record(String entity, String entityId, ChangeOp op, Object data) {
            JsonNode json = data == null ? null : dev.switchboard.shared.json.Json.mapper().valueToTree(data);
            Instant at = clock.instant();
            long seq = handle.createUpdate("INSERT INTO change_log (entity, entity_id, op, data, at) VALUES (:entity, :id, :op, :data, :at)")
                    .bind("entity", entity)
                    .bind("id", entityId)
                    .bind("op", op.name())
                    .bind("data", json == null ? null : json.toString())
                    .bind("at", at)
                    .executeAndReturnGeneratedKeys()
                    .mapTo(Long.class)
                    .one();
            Change change = new Change(seq, entity, entityId, op, json, at);
            recorded.add(change);
            return change;
        }

        /**
         * Runs {@code part} so that, when it throws, what it wrote and recorded is undone and the
         * transaction goes on (a savepoint; on PostgreSQL also after a failed statement): one refused
         * part of a transaction need not take the rest with it. The exception is passed on.
         */
        public <T> T undoable(Work<T> part) {
            String savepoint = "undoable_" + ++savepoints;
            int mark = recorded.size();
            handle.savepoint(savepoint);
            T value;
            try {
                value = part.run(this);
            } catch (RuntimeException | Error e) {
                handle.rollbackToSavepoint(savepoint);
                recorded.subList(mark, recorded.size()).clear();
                throw e;
            }
            handle.releaseSavepoint(savepoint);
            return value;
        }
    }

    /** Runs {@code work} in one serialized transaction and, after it commits, publishes its changes. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            List<Change> committed = new ArrayList<>();
            T result = jdbi.inTransaction(handle -> {
                Tx tx = new Tx(handle);
                T value = work.run(tx);
                committed.addAll(tx.recorded);
                return value;
            });
            for (Change change : committed) {
                listeners.forEach(listener -> listener.accept(change));
            }
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Tells {@code listener} of every change from now on, in sequence order. It runs while the
     * write lock is held: it must only hand the change on (queue it), never do I/O itself.
     */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Up to {@code limit} changes after {@code after}, the visible ones, with the cursor to go on from. */
    public Page page(long after, int limit, Predicate<Change> visible) {
        return page(after, limit, Map.of(), visible);
    }

    /**
     * As {@link #page(long, int, Predicate)}, without the changes of the entity types in {@code covered}
     * up to the sequence given for each (the reader has their state from a snapshot); those are left
     * out by the query, so a long stretch of them (a first fill's 100,000 tickets) costs no reading.
     */
    public Page page(long after, int limit, Map<String, Long> covered, Predicate<Change> visible) {
        List<Change> scanned = jdbi.withHandle(handle -> read(handle, after, limit, covered));
        List<Change> shown = scanned.stream().filter(visible).toList();
        long next = scanned.isEmpty() ? after : scanned.get(scanned.size() - 1).seq();
        return new Page(shown, next, scanned.size() == limit);
    }

    /** A page of the log as read by {@link #page}. */
    public record Page(List<Change> changes, long next, boolean hasMore) {
    }

    /**
     * Feeds {@code sink} every visible change after {@code after}, then calls {@code caughtUp} with
     * the cursor reached, then keeps feeding live changes until the returned handle is closed. The
     * bulk of a long backlog is read without the lock; only the last stretch and the switch to live
     * happen under it, so that no change falls between backlog and live.
     */
    public AutoCloseable follow(long after, Predicate<Change> visible, Consumer<Change> sink, LongConsumer caughtUp) {
        return follow(after, Map.of(), visible, sink, caughtUp);
    }

    /** As {@link #follow(long, Predicate, Consumer, LongConsumer)}, the backlog without what {@code covered} names (see {@link #page}). */
    public AutoCloseable follow(long after, Map<String, Long> covered, Predicate<Change> visible, Consumer<Change> sink, LongConsumer caughtUp) {
        long cursor = after;
        Page page;
        do {
            page = page(cursor, CATCH_UP_PAGE, covered, visible);
            page.changes().forEach(sink);
            cursor = page.next();
        } while (page.hasMore());
        writeLock.lock();
        try {
            do {
                page = page(cursor, CATCH_UP_PAGE, covered, visible);
                page.changes().forEach(sink);
                cursor = page.next();
            } while (page.hasMore());
            // Under the lock the log ends at its latest seq: everything up to it was read or left out as covered.
            caughtUp.accept(covered.isEmpty() ? cursor : Math.max(cursor, latestSeq()));
            Consumer<Change> listener = change -> {
                if (visible.test(change)) {
                    sink.accept(change);
                }
            };
            listeners.add(listener);
            return () -> listeners.remove(listener);
        } finally {
            writeLock.unlock();
        }
    }

    /** The sequence of the newest change, 0 when the log is empty. */
    public long latestSeq() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log").mapTo(Long.class).one());
    }

    /** A row of {@code change_log}; {@code data} is JSON text. */
    public record ChangeRow(long seq, String entity, String entityId, ChangeOp op, @Json JsonNode data, Instant at) {

        Change toChange() {
            // a delete stores no data (SQL NULL), which Jackson reads as a JSON null node
            return new Change(seq, entity, entityId, op, data == null || data.isNull() ? null : data, at);
        }
    }

    private static final RowMapper<ChangeRow> CHANGES = RecordMapper.of(ChangeRow.class);

    private static List<Change> read(Handle handle, long after, int limit, Map<String, Long> covered) {
        StringBuilder sql = new StringBuilder("SELECT seq, entity, entity_id, op, data, at FROM change_log WHERE seq > :after");
        List<Map.Entry<String, Long>> skipped = new ArrayList<>(covered.entrySet());
        for (int i = 0; i < skipped.size(); i++) {
            sql.append(" AND NOT (entity = :coveredEntity").append(i).append(" AND seq <= :coveredSeq").append(i).append(')');
        }
        Query query = handle.createQuery(sql.append(" ORDER BY seq LIMIT :limit").toString());
        for (int i = 0; i < skipped.size(); i++) {
            query.bind("coveredEntity" + i, skipped.get(i).getKey()).bind("coveredSeq" + i, skipped.get(i).getValue());
        }
        return query
                .bind("after", after)
                .bind("limit", limit)
                .map(CHANGES)
                .map(ChangeRow::toChange)
                .list();
    }
}
