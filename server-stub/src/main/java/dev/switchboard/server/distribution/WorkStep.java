package dev.switchboard.server.distribution;

import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;

/**
 * A step of an item's routing history to record (see {@link dev.switchboard.shared.routing.RoutingStep}
 * for what each field means): the engine records its own (routed, queued, taken, assigned), the
 * feature the steps of its handovers (transferred, taken over, assisted, requeued) with
 * {@link WorkQueue#record}.
 */
public record WorkStep(long itemId, RoutingStepType type, Long agentId, Long actorId, Long fromAgentId, Long groupId, String note,
                       Instant at) {
}
