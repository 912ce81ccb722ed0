package dev.switchboard.app.sync;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.app.team.TeamUpdate;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the change log to the cache and to the in-memory team. Changes arrive on network
 * threads in {@code seq} order; one with a {@code seq} at or below the cursor is a repeat (after
 * a reconnect) or stale, and is dropped. Accepted changes are queued and applied in batches on a
 * serial executor: one cache transaction writes the batch together with the new cursor, then a new
 * immutable {@link TeamSnapshot} is published.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final TeamStore store;
    private final Executor serial;
    private final Consumer<TeamSnapshot> publish;
    private final Map<String, SyncedEntities> others = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    private final List<Change> queued = new ArrayList<>();
    private boolean drainPending;
    private long accepted;
    // Touched only on the serial executor.
    private final SortedMap<Long, Agent> agents = new TreeMap<>();
    private final SortedMap<Long, Group> groups = new TreeMap<>();
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    /**
     * @param serial  runs loading and applying in order, off the FX thread
     * @param publish receives each new snapshot (on the serial executor)
     */
    public SyncEngine(TeamStore store, Executor serial, Consumer<TeamSnapshot> publish) {
        this.store = store;
        this.serial = serial;
        this.publish = publish;
    }

    /**
     * Hands the changes of an entity type a feature keeps itself to {@code entities}, in batches;
     * register before the first change arrives. One keeper per entity type.
     */
    public void register(SyncedEntities entities) {
        if (others.putIfAbsent(entities.entity(), entities) != null) {
            throw new IllegalStateException("Changes of " + entities.entity() + " have a keeper already");
        }
    }

    /** Reads what the cache holds, publishes it, and sets the cursor to resume from. */
    public CompletableFuture<TeamSnapshot> load() {
        return store.load().thenApplyAsync(cached -> {
            agents.clear();
            agents.putAll(cached.agents());
            groups.clear();
            groups.putAll(cached.groups());
            synchronized (lock) {
                accepted = Math.max(accepted, cached.cursor());
            }
            publish.accept(cached);
            return cached;
        }, serial);
    }

    /** The seq of the last accepted change: what {@code sync.subscribe} asks to continue after. */
    public long cursor() {
        synchronized (lock) {
            return accepted;
        }
    }

    /** The entity types whose keepers have their changes up to a seq from a snapshot: {@code sync.subscribe}'s {@code covered}. */
    public Map<String, Long> covered() {
        Map<String, Long> covered = new TreeMap<>();
        others.forEach((entity, keeper) -> {
            long upTo = keeper.coveredUpTo();
            if (upTo > 0) {
                covered.put(entity, upTo);
            }
        });
        return covered;
    }

    /** Queues a change to apply; returns false when it is a repeat or older than the cursor. */
    public boolean accept(Change change) {
        synchronized (lock) {
            if (change.seq() <= accepted) {
                return false;
            }
            accepted = change.seq();
            queued.add(change);
        }
        scheduleDrain();
        return true;
    }

    /** The backlog is complete up to {@code seq}, which may lie past the last change this client may see. */
    public void caughtUp(long seq) {
        synchronized (lock) {
            if (seq <= accepted) {
                return;
            }
            accepted = seq;
        }
        scheduleDrain();
    }

    /** Completes when every change accepted so far is written to the cache. */
    public CompletableFuture<Void> flushed() {
        return CompletableFuture.supplyAsync(() -> lastWrite, serial).thenCompose(write -> write).thenCompose(written -> {
            synchronized (lock) {
                if (!drainPending) {
                    return CompletableFuture.<Void>completedFuture(null);
                }
            }
            return flushed(); // a drain waited for that write (see drain); its changes are not written yet
        });
    }

    private void scheduleDrain() {
        synchronized (lock) {
            if (drainPending) {
                return;
            }
            drainPending = true;
        }
        try {
            serial.execute(this::drain);
        } catch (RejectedExecutionException closed) {
            // The session was closed meanwhile; the next start catches up from the persisted cursor.
            LOG.debug("Sync engine closed; not applying the last changes");
        }
    }

    private void drain() {
        if (!lastWrite.isDone()) {
            // The cache is still writing the previous batch: what arrives meanwhile waits and goes in the
            // next batch, so a long backlog (a first fill: 100,000 tickets) becomes a few large
            // transactions instead of one per message, each committed to the file (ADR 0038, amendment).
            lastWrite.whenComplete((written, error) -> {
                try {
                    serial.execute(this::drain);
                } catch (RejectedExecutionException closed) {
                    LOG.debug("Sync engine closed; not applying the last changes");
                }
            });
            return;
        }
        List<Change> batch;
        long cursor;
        synchronized (lock) {
            drainPending = false;
            batch = new ArrayList<>(queued);
            queued.clear();
            // Taken together with the batch, so the cursor covers exactly the changes written with it.
            cursor = accepted;
        }
        List<Agent> upsertedAgents = new ArrayList<>();
        List<Long> deletedAgents = new ArrayList<>();
        List<Group> upsertedGroups = new ArrayList<>();
        List<Long> deletedGroups = new ArrayList<>();
        Map<String, List<Change>> otherChanges = new LinkedHashMap<>();
        for (Change change : batch) {
            try {
                switch (change.entity()) {
                    case EntityTypes.AGENT -> applyAgent(change, upsertedAgents, deletedAgents);
                    case EntityTypes.GROUP -> applyGroup(change, upsertedGroups, deletedGroups);
                    default -> {
                        if (others.containsKey(change.entity())) {
                            otherChanges.computeIfAbsent(change.entity(), entity -> new ArrayList<>()).add(change);
                        } else {
                            LOG.debug("Skipping change {} of entity type {} this version does not show", change.seq(), change.entity());
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                // One unreadable entity must not stop the sync; the next change of it repairs it.
                LOG.warn("Skipping unreadable change {}: {}", change.seq(), e.getMessage());
            }
        }
        // Submitted before the team's write, which carries the cursor: the cache writer keeps this order.
        otherChanges.forEach((entity, changes) -> others.get(entity).apply(changes).exceptionally(error -> {
            LOG.warn("Could not write synced {} changes to the cache", entity, error);
            return null;
        }));
        lastWrite = store.save(new TeamUpdate(upsertedAgents, deletedAgents, upsertedGroups, deletedGroups, cursor))
                .exceptionally(error -> {
                    LOG.warn("Could not write synced changes up to {} to the cache", cursor, error);
                    return null;
                });
        publish.accept(new TeamSnapshot(agents, groups, cursor));
    }

    private void applyAgent(Change change, List<Agent> upserted, List<Long> deleted) {
        if (change.op() == ChangeOp.DELETE) {
            long id = Long.parseLong(change.entityId());
            agents.remove(id);
            upserted.removeIf(agent -> agent.id() == id);
            deleted.add(id);
        } else {
            Agent agent = ProtocolJson.read(change.data(), Agent.class);
            agents.put(agent.id(), agent);
            upserted.removeIf(earlier -> earlier.id() == agent.id());
            upserted.add(agent);
            deleted.remove(Long.valueOf(agent.id()));
        }
    }

    private void applyGroup(Change change, List<Group> upserted, List<Long> deleted) {
        if (change.op() == ChangeOp.DELETE) {
            long id = Long.parseLong(change.entityId());
            groups.remove(id);
            upserted.removeIf(group -> group.id() == id);
            deleted.add(id);
        } else {
            Group group = ProtocolJson.read(change.data(), Group.class);
            groups.put(group.id(), group);
            upserted.removeIf(earlier -> earlier.id() == group.id());
            upserted.add(group);
            deleted.remove(Long.valueOf(group.id()));
        }
    }
}
