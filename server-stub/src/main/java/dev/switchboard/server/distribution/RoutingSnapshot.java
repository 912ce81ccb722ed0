package dev.switchboard.server.distribution;

import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.RoutingStrategy;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Reads the agents and groups from the database at one moment, as routing needs them: agents with
 * their capacity for a kind of work and their skill in each group, groups' strategies and timings,
 * who may take items without accepting them first. The same for every kind of work.
 */
final class RoutingSnapshot {

    static final int RETURNING_WITHIN_DAYS = 30;

    private static final RowMapper<AgentRow> AGENT = ConstructorMapper.of(AgentRow.class);
    private static final RowMapper<Member> MEMBER = ConstructorMapper.of(Member.class);
    private static final RowMapper<GroupRow> GROUP = ConstructorMapper.of(GroupRow.class);
    private static final RowMapper<GroupTimings> TIMINGS = ConstructorMapper.of(GroupTimings.class);
    private static final RowMapper<Preference> PREFERENCE = ConstructorMapper.of(Preference.class);
    private static final RowMapper<GroupCount> GROUP_COUNT = ConstructorMapper.of(GroupCount.class);

    // rows as read: public because Jdbi's ConstructorMapper builds them, matching columns to components by name

    /** A group's timings: how long an offer stands, and how long an item may wait before its requester hears so. */
    public record GroupTimings(int acceptTimeoutSeconds, int maxWaitSeconds) {
    }

    public record AgentRow(long id, String displayName, AgentStatus status, int capacity) {
    }

    public record Member(long agentId, long groupId, int skill) {
    }

    public record GroupRow(long id, String name, RoutingStrategy strategy) {
    }

    public record Preference(long agentId, boolean autoAccept) {
    }

    public record GroupCount(long groupId, int n) {
    }

    private RoutingSnapshot() {
    }

    /**
     * @param load       each agent's items of the kind, held or offered
     * @param lastServed who served the requesters this state routes for, last
     * @param rules      the enabled routing rules, in order (kept in memory by their service, not read here)
     * @param history    the agents' items today and latest assignments (kept in memory by the queue)
     */
    static RoutingState state(Handle handle, WorkKind kind, Map<Long, Integer> load, Map<String, RoutingState.LastServed> lastServed,
                              Instant now, List<RoutingRule> rules, AssignmentHistory.Totals history) {
        Map<Long, Integer> today = history.today();
        Map<Long, Instant> lastAssigned = history.lastAssigned();
        Map<Long, Map<Long, Integer>> skills = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id, skill FROM agent_group_member").map(MEMBER)
                .forEach(m -> skills.computeIfAbsent(m.agentId(), k -> new HashMap<>()).put(m.groupId(), m.skill()));
        // an agent held from new work (a required wrap-up, AgentHolds) is not considered until the hold ends
        List<AgentLoad> agents = handle.createQuery("SELECT id, display_name, status, " + kind.capacityColumn() + " AS capacity FROM agent"
                        + " WHERE enabled AND " + AgentHolds.NOT_HELD).bind("now", now)
                .map(AGENT).map(agent -> {
                    Map<Long, Integer> skill = skills.getOrDefault(agent.id(), Map.of());
                    return new AgentLoad(agent.id(), agent.displayName(), agent.status(), agent.capacity(), load.getOrDefault(agent.id(), 0),
                            today.getOrDefault(agent.id(), 0), skill.keySet(), skill, lastAssigned.get(agent.id()));
                }).list();
        Map<Long, RoutingStrategy> strategies = new HashMap<>();
        handle.createQuery("SELECT id, name, strategy FROM agent_group").map(GROUP).forEach(group -> strategies.put(group.id(), group.strategy()));
        long fallback = handle.createQuery("SELECT COALESCE(MIN(id), 0) FROM agent_group").mapTo(Long.class).one();
        return new RoutingState(kind, rules, strategies, fallback, agents, lastServed, Set.of(), RETURNING_WITHIN_DAYS, now);
    }

    static GroupTimings timings(Handle handle, Long groupId) {
        if (groupId == null) {
            return new GroupTimings(30, 300);
        }
        return handle.createQuery("SELECT accept_timeout_seconds, max_wait_seconds FROM agent_group WHERE id = :id").bind("id", groupId)
                .map(TIMINGS).findOne().orElse(new GroupTimings(30, 300));
    }

    /** Agents who turned auto-accept off (or on); everyone else takes items at once. */
    static Map<Long, Boolean> autoAccept(Handle handle) {
        Map<Long, Boolean> preferences = new HashMap<>();
        handle.createQuery("SELECT agent_id, auto_accept FROM agent_preference").map(PREFERENCE)
                .forEach(p -> preferences.put(p.agentId(), p.autoAccept()));
        return preferences;
    }

    /** How many agents of each group are ONLINE (whatever their load): a group with none tells its requesters so. */
    static Map<Long, Integer> onlineByGroup(Handle handle) {
        Map<Long, Integer> online = new HashMap<>();
        handle.createQuery("""
                        SELECT m.group_id, COUNT(*) AS n FROM agent a JOIN agent_group_member m ON m.agent_id = a.id
                        WHERE a.status = 'ONLINE' AND a.enabled GROUP BY m.group_id""")
                .map(GROUP_COUNT).forEach(group -> online.put(group.groupId(), group.n()));
        return online;
    }

    /** Every group's name by id, in id order. */
    static Map<Long, String> groupNames(Handle handle) {
        Map<Long, String> names = new LinkedHashMap<>();
        handle.createQuery("SELECT id, name, strategy FROM agent_group ORDER BY id").map(GROUP).forEach(group -> names.put(group.id(), group.name()));
        return names;
    }

    /** The name an agent is shown by. */
    static String agentName(Handle handle, long agentId) {
        return handle.createQuery("SELECT display_name FROM agent WHERE id = :id").bind("id", agentId).mapTo(String.class).one();
    }

    /** The groups of every agent who is in one. */
    static Map<Long, Set<Long>> memberships(Handle handle) {
        Map<Long, Set<Long>> groups = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id, skill FROM agent_group_member").map(MEMBER)
                .forEach(m -> groups.computeIfAbsent(m.agentId(), k -> new HashSet<>()).add(m.groupId()));
        return groups;
    }
}
