package dev.switchboard.server.infra;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A node's copy of rows that change rarely and are read all the time (routing rules on every chat,
 * invitation rules every second, blocks at every widget connection): ADR 0008's "cache of database
 * rows", refreshed from the row {@code cached_rows_version(name)}. Every change of the rows bumps
 * that number in its own transaction ({@link #changing}); a read compares it with the copy's and
 * reloads first when another node changed the rows, so a change made on any node is used by every
 * node's next read (with {@code maxAge} zero) or within {@code maxAge}. The node that made the change
 * reloads right after it committed ({@link #reload}).
 *
 * <p>The bump's row lock is held until the change commits, so changes of one kind take turns across
 * nodes, as a JVM lock cannot make them.
 *
 * @param <T> the copy, immutable
 */
public final class NodeCopy<T> {

    private final Jdbi jdbi;
    private final String name;
    private final Function<Handle, T> loader;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Loaded<T> loaded;

    private record Loaded<T>(long version, T value, Instant checkedAt) {
    }

    /**
     * @param name   the row of {@code cached_rows_version} (a migration inserts it)
     * @param loader reads the rows, in the transaction that read the version
     * @param maxAge how long the copy is used without asking the database; zero asks at every read
     */
    public NodeCopy(Jdbi jdbi, String name, Function<Handle, T> loader, Clock clock, Duration maxAge) {
        this.jdbi = jdbi;
        this.name = name;
        this.loader = loader;
        this.clock = clock;
        this.maxAge = maxAge;
        reload();
    }

    /** The copy, reloaded first when the rows changed since it was read (on any node). */
    public T get() {
        Loaded<T> current = loaded;
        Instant now = clock.instant();
        if (!maxAge.isZero() && now.isBefore(current.checkedAt().plus(maxAge))) {
            return current.value();
        }
        long version = jdbi.withHandle(this::version);
        if (version == current.version()) {
            if (!maxAge.isZero()) {
                checked(current, now);
            }
            return current.value();
        }
        return reload();
    }

    /** Starts the copy's next {@code maxAge}, unless a reload replaced it meanwhile (which must not be undone). */
    private synchronized void checked(Loaded<T> current, Instant now) {
        if (loaded == current) {
            loaded = new Loaded<>(current.version(), current.value(), now);
        }
    }

    /** Reads the rows again; after a change this node committed, or when another node's change shows. */
    public synchronized T reload() {
        Loaded<T> fresh = jdbi.inTransaction(handle -> {
            // the version first: rows read after it are at least as new, so a change between the two reads is only read twice
            long version = version(handle);
            return new Loaded<>(version, loader.apply(handle), clock.instant());
        });
        loaded = fresh;
        return fresh.value();
    }

    /**
     * Marks the rows changed, in the change's transaction and before its first write: other nodes
     * reload at their next read, and a change of the same rows elsewhere waits until this one commits.
     */
    public void changing(Handle handle) {
        handle.createUpdate("UPDATE cached_rows_version SET version = version + 1 WHERE name = :name").bind("name", name).execute();
    }

    private long version(Handle handle) {
        return handle.createQuery("SELECT version FROM cached_rows_version WHERE name = :name").bind("name", name).mapTo(Long.class).one();
    }
}
