package dev.switchboard.server.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * How many chats each agent was given today and when they were given their latest: the
 * tie-breakers of least-load and round-robin routing. Counting them in the database for every
 * decision scanned all of today's chats (and, for the latest, every chat ever), so a decision grew
 * slower all day long. The assigner is the only writer of assignments, so it keeps the figures
 * here instead: read from the database once, then advanced by each assignment it commits, and read
 * again when a new day (UTC) begins. Thread-safe.
 */
final class AssignmentHistory {

    /** The figures at one moment, immutable. */
    record Totals(Map<Long, Integer> today, Map<Long, Instant> lastAssigned) {
    }

    private final Map<Long, Integer> today = new HashMap<>();
    private final Map<Long, Instant> lastAssigned = new HashMap<>();
    private LocalDate day;

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
        handle.createQuery("SELECT owner_id, COUNT(*) FROM conversation WHERE assigned_at >= :since GROUP BY owner_id")
                .bind("since", currentDay.atStartOfDay().toInstant(ZoneOffset.UTC))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> today.put(e.getKey(), e.getValue()));
        handle.createQuery("SELECT owner_id, MAX(assigned_at) FROM conversation WHERE owner_id IS NOT NULL GROUP BY owner_id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .forEach(e -> lastAssigned.put(e.getKey(), e.getValue()));
        day = currentDay;
    }
}
