package dev.switchboard.server.distribution;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Agents held from new work until a time, whatever their status: after-chat work such as a
 * required wrap-up. Routing skips an agent while any of their holds lasts; a hold ends when it is
 * released or its time passes, and routing then resumes by itself (the queue drains every
 * second). Rows in {@code agent_hold}, so every node sees them (ADR 0008).
 */
public final class AgentHolds {

    /** The condition routing adds to its read of the agents ({@code agent} is the agent's row, {@code :now} the moment). */
    static final String NOT_HELD = "NOT EXISTS (SELECT 1 FROM agent_hold h WHERE h.agent_id = agent.id AND h.until_at > :now)";

    private AgentHolds() {
    }

    /** Holds the agent until {@code until} for {@code reason} (e.g. {@code wrapup:42}), in the caller's transaction. */
    public static void hold(Handle handle, long agentId, String reason, Instant until) {
        release(handle, agentId, reason);
        handle.createUpdate("INSERT INTO agent_hold (agent_id, reason, until_at) VALUES (:agent, :reason, :until)")
                .bind("agent", agentId).bind("reason", reason).bind("until", until).execute();
    }

    /** Ends the hold of that reason, if any; in the caller's transaction (drain the queue after it commits). */
    public static void release(Handle handle, long agentId, String reason) {
        handle.createUpdate("DELETE FROM agent_hold WHERE agent_id = :agent AND reason = :reason")
                .bind("agent", agentId).bind("reason", reason).execute();
    }

    /** Whether the agent may not be given new work now (for taking a chat from the queue by hand). */
    public static boolean isHeld(Handle handle, long agentId, Instant now) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_hold WHERE agent_id = :agent AND until_at > :now")
                .bind("agent", agentId).bind("now", now).mapTo(Long.class).one() > 0;
    }

    /** Forgets holds that ended more than a day before {@code now}. */
    public static int purge(Handle handle, Instant now) {
        return handle.createUpdate("DELETE FROM agent_hold WHERE until_at < :before").bind("before", now.minusSeconds(86_400)).execute();
    }
}
