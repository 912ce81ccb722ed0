package dev.switchboard.server.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * How many items of one kind each agent was given today and when they were given their latest:
 * the tie-breakers of least-load and round-robin routing. Counting them in the database for every
 * decision scanned all of today's items (and, for the latest, every item ever), so a decision grew
 * slower all day long. The kind's queue is the only writer of assignments, so it keeps the figures
 * here instead: read from the database once, then advanced by each assignment it commits, and read
 * again when a new day (UTC) begins. Thread-safe. Owned by the queue's owner (ADR 0008): rebuilt
 * from the database by whoever takes the queue.
 */
final class AssignmentHistory {

    /** The figures at one moment, immutable. */
    record Totals(Map<Long, Integer> today, Map<Long, Instant> lastAssigned) {
    }

    private final WorkStore store;
    private final Map<Long, Integer> today = new HashMap<>();
    private final Map<Long, Instant> lastAssigned = new HashMap<>();
    private LocalDate day;

    AssignmentHistory(WorkStore store) {
        this.store = store;
    }

    /** The figures for {@code now}'s day, read from the database first if they were never read or the day changed. */
    synchronized Totals totals(Handle handle, Instant now) {
        LocalDate currentDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!currentDay.equals(day)) {
            read(handle, currentDay);
        }
        return new Totals(Map.copyOf(today), Map.copyOf(lastAssigned));
    }

    /** An assignment was committed. */
    synchronized void given(long agentId, Instant at) {
        lastAssigned.merge(agentId, at, (before, now) -> now.isAfter(before) ? now : before);
        if (day != null && day.equals(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            today.merge(agentId, 1, Integer::sum);
        }
    }

    private void read(Handle handle, LocalDate currentDay) {
        today.clear();
        lastAssigned.clear();
        today.putAll(store.givenSince(handle, currentDay.atStartOfDay().toInstant(ZoneOffset.UTC)));
        lastAssigned.putAll(store.lastAssigned(handle));
        day = currentDay;
    }
}
