package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.AgentLoad;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.distribution.RoutingState;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.Conversation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * What routing needs for a run of decisions (one new chat, or the whole queue when agents free
 * up), read from the database once. Each decision then sees the agents as the earlier ones left
 * them: a queue of thousands is given out without reading the agents' load again per chat.
 */
final class RoutingBatch {

    private final RoutingState base;
    private final Map<Long, AgentLoad> agents = new LinkedHashMap<>();
    private final Map<String, RoutingState.LastServed> lastServed;
    private final Map<Long, Boolean> autoAccept;
    /** The agents as a list for the next decision; rebuilt after a chat was given. */
    private List<AgentLoad> agentList;

    private RoutingBatch(RoutingState base, Map<String, RoutingState.LastServed> lastServed, Map<Long, Boolean> autoAccept) {
        this.base = base;
        base.agents().forEach(agent -> agents.put(agent.agentId(), agent));
        this.lastServed = lastServed;
        this.autoAccept = autoAccept;
    }

    /** For routing one visitor's chat. */
    static RoutingBatch forVisitor(Handle handle, String visitorId, Instant now, List<RoutingRule> rules, AssignmentHistory history) {
        RoutingState state = RoutingSnapshot.state(handle, visitorId, Set.of(), now, rules, history.totals(handle, now));
        return new RoutingBatch(state, state.lastServed(), autoAccept(handle));
    }

    /** For routing the waiting chats: who served each waiting visitor last is read in one go. */
    static RoutingBatch forQueue(Handle handle, Instant now, List<RoutingRule> rules, AssignmentHistory history) {
        RoutingState state = RoutingSnapshot.state(handle, null, Set.of(), now, rules, history.totals(handle, now));
        Map<String, RoutingState.LastServed> last = new HashMap<>();
        handle.createQuery("""
                        SELECT visitor_id, owner_id, assigned_at FROM conversation
                        WHERE owner_id IS NOT NULL AND visitor_id IN (SELECT visitor_id FROM conversation WHERE status = 'QUEUED')""")
                .map((rs, ctx) -> Map.entry(rs.getString(1), new RoutingState.LastServed(rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())))
                .forEach(served -> last.merge(served.getKey(), served.getValue(), (a, b) -> a.at().isAfter(b.at()) ? a : b));
        return new RoutingBatch(state, last, autoAccept(handle));
    }

    /**
     * The state to route {@code conversation} on. Once queued in a group (by routing or a
     * transfer), a chat stays in that group's queue: the rules are not asked again.
     */
    RoutingState stateFor(Conversation conversation, Set<Long> excluded) {
        if (agentList == null) {
            agentList = List.copyOf(agents.values());
        }
        RoutingState.LastServed last = lastServed.get(conversation.visitorId());
        Map<String, RoutingState.LastServed> visitorsLast = last == null ? Map.of() : Map.of(conversation.visitorId(), last);
        boolean inGroup = conversation.groupId() != null;
        return new RoutingState(inGroup ? List.of() : base.rules(), base.strategies(),
                inGroup ? conversation.groupId() : base.fallbackGroupId(), agentList, visitorsLast, excluded,
                base.returningWithinDays(), base.now());
    }

    /** Whether some agent of the group could take a chat now; if not, its queue need not be routed. */
    boolean hasRoomIn(long groupId) {
        for (AgentLoad agent : agents.values()) {
            if (agent.status() == AgentStatus.ONLINE && agent.openChats() < agent.maxChats() && agent.groupIds().contains(groupId)) {
                return true;
            }
        }
        return false;
    }

    boolean autoAccepts(long agentId) {
        return autoAccept.getOrDefault(agentId, true);
    }

    void given(long agentId, Instant at) {
        agents.computeIfPresent(agentId, (id, agent) -> agent.withChatGiven(at));
        agentList = null;
    }

    void offered(long agentId) {
        agents.computeIfPresent(agentId, (id, agent) -> agent.withChatOffered());
        agentList = null;
    }

    /** Agents who turned auto-accept off (or on); everyone else takes chats at once. */
    private static Map<Long, Boolean> autoAccept(Handle handle) {
        Map<Long, Boolean> preferences = new HashMap<>();
        handle.createQuery("SELECT agent_id, auto_accept FROM agent_preference")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBoolean(2)))
                .forEach(e -> preferences.put(e.getKey(), e.getValue()));
        return preferences;
    }
}
