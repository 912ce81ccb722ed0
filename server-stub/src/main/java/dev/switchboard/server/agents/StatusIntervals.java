package dev.switchboard.server.agents;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.AgentStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * SQL for {@code agent_status_interval}: each stretch of time an agent showed one status (with one
 * away reason), written by presence in the transaction that changes the status, and read for
 * reports. Callers own the transaction.
 */
final class StatusIntervals {

    /** An interval as read; public because Jdbi's mapper builds it. {@code endedAt} null while it lasts. */
    public record Interval(long agentId, AgentStatus status, Long reasonId, Instant startedAt, Instant endedAt) {
    }

    private static final RowMapper<Interval> INTERVALS = RecordMapper.of(Interval.class);

    /** The agent's current interval ends now and one of {@code status} (and reason) begins. */
    void switchTo(Handle handle, long agentId, AgentStatus status, Long reasonId, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        handle.createUpdate("UPDATE agent_status_interval SET ended_at = :now WHERE agent_id = :agent AND ended_at IS NULL")
                .bind("now", now).bind("agent", agentId).execute();
        handle.createUpdate("INSERT INTO agent_status_interval (agent_id, status, reason_id, started_at) VALUES (:agent, :status, :reason, :now)")
                .bind("agent", agentId).bind("status", status.name()).bindByType("reason", reasonId, Long.class).bind("now", now).execute();
    }

    /** The intervals that overlap {@code [from, to)}, by agent and start. */
    List<Interval> overlapping(Handle handle, Instant from, Instant to) {
        return handle.createQuery("SELECT agent_id, status, reason_id, started_at, ended_at FROM agent_status_interval"
                        + " WHERE started_at < :to AND (ended_at IS NULL OR ended_at > :from) ORDER BY agent_id, started_at, id")
                .bind("from", from).bind("to", to).map(INTERVALS).list();
    }
}
