package dev.switchboard.server.distribution;

import dev.switchboard.shared.chat.RoutingStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything routing depends on besides the request, captured at one moment so that a decision
 * can be replayed: the kind of work routed (agents' capacities and loads are for that kind), the
 * rules, each group's strategy, the agents, who served which visitor last, and the agents this
 * request must skip (they let it time out or declined it).
 *
 * @param returningWithinDays a returning visitor goes back to their last agent only if that was this recent
 */
public record RoutingState(WorkKind kind, List<RoutingRule> rules, Map<Long, RoutingStrategy> strategies, long fallbackGroupId, List<AgentLoad> agents,
                           Map<String, LastServed> lastServed, Set<Long> excludedAgents, int returningWithinDays, Instant now) {

    public RoutingState {
        rules = List.copyOf(rules);
        strategies = Map.copyOf(strategies);
        agents = List.copyOf(agents);
        lastServed = Map.copyOf(lastServed);
        excludedAgents = Set.copyOf(excludedAgents);
    }

    /** Which agent last served a visitor, and when. */
    public record LastServed(long agentId, Instant at) {
    }
}
