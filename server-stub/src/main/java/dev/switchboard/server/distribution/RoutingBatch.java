package dev.switchboard.server.distribution;

import dev.switchboard.shared.agents.AgentStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What routing needs for a run of decisions (one new item, or the whole queue when agents free
 * up), read from the database once. Each decision then sees the agents as the earlier ones left
 * them: a queue of thousands is given out without reading the agents' load again per item.
 */
final class RoutingBatch {

    private final RoutingState base;
    private final Map<Long, AgentLoad> agents = new LinkedHashMap<>();
    private final Map<Long, Boolean> autoAccept;
    /** The agents as a list for the next decision; rebuilt after an item was given. */
    private List<AgentLoad> agentList;

    private RoutingBatch(RoutingState base, Map<Long, Boolean> autoAccept) {
        this.base = base;
        base.agents().forEach(agent -> agents.put(agent.agentId(), agent));
        this.autoAccept = autoAccept;
    }

    /** For routing one requester's item. */
    static RoutingBatch forRequester(Handle handle, WorkStore store, WorkKind kind, String requesterId, Instant now, List<RoutingRule> rules,
                                     AssignmentHistory history) {
        return new RoutingBatch(newItemState(handle, store, kind, requesterId, now, rules, history), RoutingSnapshot.autoAccept(handle));
    }

    /** For routing the waiting items: who served each waiting requester last is read in one go. */
    static RoutingBatch forQueue(Handle handle, WorkStore store, WorkKind kind, Instant now, List<RoutingRule> rules, AssignmentHistory history) {
        return new RoutingBatch(RoutingSnapshot.state(handle, kind, store.load(handle), store.lastServedOfQueued(handle), now, rules,
                history.totals(handle, now)), RoutingSnapshot.autoAccept(handle));
    }

    /**
     * The state to route {@code item} on. Once queued in a group (by routing or a transfer), an item
     * stays in that group's queue: the rules are not asked again.
     */
    RoutingState stateFor(WorkItem item) {
        if (agentList == null) {
            agentList = List.copyOf(agents.values());
        }
        RoutingState.LastServed last = base.lastServed().get(item.requesterId());
        Map<String, RoutingState.LastServed> requestersLast = last == null ? Map.of() : Map.of(item.requesterId(), last);
        boolean inGroup = item.groupId() != null;
        return new RoutingState(base.kind(), inGroup ? List.of() : base.rules(), base.strategies(),
                inGroup ? item.groupId() : base.fallbackGroupId(), agentList, requestersLast, item.declinedBy(),
                base.returningWithinDays(), base.now());
    }

    /** Whether some agent of the group could take an item now; if not, its queue need not be routed. */
    boolean hasRoomIn(long groupId) {
        for (AgentLoad agent : agents.values()) {
            if (agent.status() == AgentStatus.ONLINE && agent.hasRoom() && agent.groupIds().contains(groupId)) {
                return true;
            }
        }
        return false;
    }

    boolean autoAccepts(long agentId) {
        return autoAccept.getOrDefault(agentId, true);
    }

    void given(long agentId, Instant at) {
        agents.computeIfPresent(agentId, (id, agent) -> agent.withItemGiven(at));
        agentList = null;
    }

    void offered(long agentId) {
        agents.computeIfPresent(agentId, (id, agent) -> agent.withItemOffered());
        agentList = null;
    }

    /** The state a new item of {@code requesterId} (null: unknown) is routed on now. */
    static RoutingState newItemState(Handle handle, WorkStore store, WorkKind kind, String requesterId, Instant now, List<RoutingRule> rules,
                                AssignmentHistory history) {
        Map<String, RoutingState.LastServed> last = requesterId == null ? Map.of()
                : store.lastServed(handle, requesterId).map(served -> Map.of(requesterId, served)).orElse(Map.of());
        return RoutingSnapshot.state(handle, kind, store.load(handle), last, now, rules, history.totals(handle, now));
    }
}
