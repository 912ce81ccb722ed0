package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.AgentLoad;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.distribution.RoutingState;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.RoutingStrategy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Reads what routing needs from the database at one moment: agents with their load (open chats
 * and chats offered to them) and their skill in each group, groups' strategies and timings, who
 * served a visitor last.
 */
final class RoutingSnapshot {

    static final int RETURNING_WITHIN_DAYS = 30;

    /** A group's chat timings. */
    record GroupTimings(int acceptTimeoutSeconds, int maxWaitSeconds) {
    }

    private RoutingSnapshot() {
    }

    /**
     * @param rules   the enabled routing rules, in order (kept in memory by their service, not read here)
     * @param history the agents' chats today and latest assignments (kept in memory by the assigner)
     */
    static RoutingState state(Handle handle, String visitorId, Set<Long> excluded, Instant now, List<RoutingRule> rules,
                              AssignmentHistory.Totals history) {
        Map<Long, Integer> open = counts(handle.createQuery("""
                SELECT x.agent_id, COUNT(*) FROM (
                    SELECT owner_id AS agent_id FROM conversation WHERE status = 'ACTIVE'
                    UNION ALL
                    SELECT offered_to AS agent_id FROM conversation WHERE status = 'QUEUED' AND offered_to IS NOT NULL) x
                GROUP BY x.agent_id"""));
        Map<Long, Integer> today = history.today();
        Map<Long, Instant> lastAssigned = history.lastAssigned();
        Map<Long, Map<Long, Integer>> skills = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id, skill FROM agent_group_member")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)})
                .forEach(m -> skills.computeIfAbsent(m[0], k -> new HashMap<>()).put(m[1], (int) m[2]));
        List<AgentLoad> agents = handle.createQuery("SELECT id, display_name, status, max_chats FROM agent WHERE enabled")
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    Map<Long, Integer> skill = skills.getOrDefault(id, Map.of());
                    return new AgentLoad(id, rs.getString("display_name"), AgentStatus.valueOf(rs.getString("status")), rs.getInt("max_chats"),
                            open.getOrDefault(id, 0), today.getOrDefault(id, 0), skill.keySet(), skill, lastAssigned.get(id));
                }).list();
        Map<Long, RoutingStrategy> strategies = new HashMap<>();
        handle.createQuery("SELECT id, strategy FROM agent_group")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), RoutingStrategy.valueOf(rs.getString(2))))
                .forEach(e -> strategies.put(e.getKey(), e.getValue()));
        long fallback = handle.createQuery("SELECT COALESCE(MIN(id), 0) FROM agent_group").mapTo(Long.class).one();
        Map<String, RoutingState.LastServed> lastServed = new HashMap<>();
        handle.createQuery("SELECT owner_id, assigned_at FROM conversation WHERE visitor_id = :visitor AND owner_id IS NOT NULL "
                        + "ORDER BY assigned_at DESC LIMIT 1")
                .bind("visitor", visitorId)
                .map((rs, ctx) -> new RoutingState.LastServed(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findOne().ifPresent(last -> lastServed.put(visitorId, last));
        return new RoutingState(rules, strategies, fallback, agents, lastServed, excluded, RETURNING_WITHIN_DAYS, now);
    }

    static GroupTimings timings(Handle handle, Long groupId) {
        if (groupId == null) {
            return new GroupTimings(30, 300);
        }
        return handle.createQuery("SELECT accept_timeout_seconds, max_wait_seconds FROM agent_group WHERE id = :id").bind("id", groupId)
                .map((rs, ctx) -> new GroupTimings(rs.getInt(1), rs.getInt(2))).findOne().orElse(new GroupTimings(30, 300));
    }

    static boolean autoAccepts(Handle handle, long agentId) {
        return handle.createQuery("SELECT auto_accept FROM agent_preference WHERE agent_id = :id").bind("id", agentId)
                .mapTo(Boolean.class).findOne().orElse(true);
    }

    /** How long chats took lately, for waiting-time estimates; five minutes when there is no history. */
    static int averageHandleSeconds(Handle handle, Instant now) {
        List<long[]> spans = handle.createQuery("SELECT assigned_at, ended_at FROM conversation WHERE ended_at >= :since AND assigned_at IS NOT NULL")
                .bind("since", now.minusSeconds(86_400))
                .map((rs, ctx) -> new long[] {rs.getObject(1, OffsetDateTime.class).toEpochSecond(), rs.getObject(2, OffsetDateTime.class).toEpochSecond()})
                .list();
        return spans.isEmpty() ? 300 : (int) spans.stream().mapToLong(span -> Math.max(0, span[1] - span[0])).average().orElse(300);
    }

    static Set<Long> parseExcluded(String declinedBy) {
        return Arrays.stream(declinedBy.split(",")).filter(part -> !part.isBlank()).map(Long::valueOf).collect(Collectors.toSet());
    }

    private static Map<Long, Integer> counts(org.jdbi.v3.core.statement.Query query) {
        Map<Long, Integer> counts = new HashMap<>();
        query.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
