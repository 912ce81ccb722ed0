package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The visitor list off the FX thread: the newest row of every visitor, updated by the socket
 * thread, and what changed since the UI last took the changes. Taking them merges any number of
 * server batches into one, so hundreds of updates a second cost the UI one apply per pulse.
 *
 * <p>Batches never move a visitor back: an upsert whose {@code version} is not newer than the row
 * held is dropped. A snapshot (sent after every connect) is the whole truth instead: whoever it
 * lacks has gone, and its rows replace ours whatever their versions, since a restarted server
 * counts versions from the start again.
 *
 * <p>It also decides what counts as an arrival: the first sight of a visit (visitor id and visit
 * start), so a visitor is announced once per visit even when they drop out of the list and come
 * back within the same visit. The first snapshot of a session is the baseline and announces
 * nobody: those visitors were there before the agent looked.
 *
 * <p>The server says that a visitor left, not when; the time a LEFT row first arrives here stands
 * in for it, so that their time on the site stops counting.
 */
public final class OnlineVisitors {

    /** Visits remembered for "once per visit"; the least recently seen are forgotten first. */
    static final int REMEMBERED_VISITS = 50_000;

    private final Object lock = new Object();
    private final Map<String, VisitorRow> rows = new HashMap<>();
    private final Map<String, VisitorRow> pendingUpserts = new LinkedHashMap<>();
    private final Set<String> pendingRemovals = new LinkedHashSet<>();
    private final List<VisitorRow> pendingArrivals = new ArrayList<>();
    private final Map<String, Instant> seenVisits = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_VISITS;
        }
    };
    private final Clock clock;
    private boolean baselineTaken;

    public OnlineVisitors(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes a snapshot or batch from the server. Any thread; answers whether changes are waiting
     * to be taken.
     */
    public boolean accept(VisitorBatch batch, boolean snapshot) {
        synchronized (lock) {
            if (snapshot) {
                Set<String> present = new HashSet<>();
                batch.upserts().forEach(visitor -> present.add(visitor.id()));
                for (String id : List.copyOf(rows.keySet())) {
                    if (!present.contains(id)) {
                        remove(id);
                    }
                }
            }
            for (VisitorSummary visitor : batch.upserts()) {
                upsert(visitor, snapshot);
            }
            for (String id : batch.removed()) {
                remove(id);
            }
            if (snapshot) {
                baselineTaken = true;
            }
            return !pendingUpserts.isEmpty() || !pendingRemovals.isEmpty() || !pendingArrivals.isEmpty();
        }
    }

    /** Everything that changed since the last call, merged; the next call starts empty. */
    public VisitorChanges takeChanges() {
        synchronized (lock) {
            if (pendingUpserts.isEmpty() && pendingRemovals.isEmpty() && pendingArrivals.isEmpty()) {
                return VisitorChanges.NONE;
            }
            VisitorChanges changes = new VisitorChanges(List.copyOf(pendingUpserts.values()), List.copyOf(pendingRemovals),
                    pendingArrivals);
            pendingUpserts.clear();
            pendingRemovals.clear();
            pendingArrivals.clear();
            return changes;
        }
    }

    private void upsert(VisitorSummary visitor, boolean snapshot) {
        VisitorRow held = rows.get(visitor.id());
        if (held != null && (snapshot ? held.visitor().equals(visitor) : visitor.version() <= held.visitor().version())) {
            return;
        }
        Instant leftAt = visitor.status() != VisitorStatus.LEFT ? null
                : held != null && held.leftAt() != null ? held.leftAt() : clock.instant();
        VisitorRow row = VisitorRow.of(visitor, leftAt);
        rows.put(visitor.id(), row);
        pendingRemovals.remove(visitor.id());
        pendingUpserts.put(visitor.id(), row);
        boolean newVisit = !seenVisits.containsKey(visitor.id())
                || !Objects.equals(seenVisits.get(visitor.id()), visitor.visitStartedAt());
        seenVisits.put(visitor.id(), visitor.visitStartedAt());
        if (newVisit && baselineTaken && visitor.status() != VisitorStatus.LEFT && !visitor.blocked()) {
            pendingArrivals.add(row);
        }
    }

    private void remove(String id) {
        if (rows.remove(id) != null) {
            pendingUpserts.remove(id);
            pendingRemovals.add(id);
        }
    }
}
