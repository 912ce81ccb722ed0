package dev.switchboard.server.distribution;

import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.routing.RoutingReason;
import java.util.List;
import java.util.Optional;

/**
 * What routing decided and why: the rule that matched (or the fallback), the group and its
 * strategy, every agent considered with the reason they were taken or passed over, and the agent
 * chosen (empty: the item waits in the group's queue).
 */
public record RoutingDecision(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Optional<Long> agentId,
                              List<Candidate> candidates) {

    public RoutingDecision {
        candidates = List.copyOf(candidates);
    }

    /** One agent looked at, and the verdict. */
    public record Candidate(long agentId, String name, boolean chosen, RoutingReason reason) {
    }

    public boolean queued() {
        return agentId.isEmpty();
    }
}
