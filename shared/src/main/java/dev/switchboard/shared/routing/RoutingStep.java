package dev.switchboard.shared.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of an item's routing history: what happened ({@code type}), when, to whom
 * ({@code agent}: who got it), by whom ({@code actor}: who did it, null for routing itself), from
 * whom ({@code fromAgent}: its owner before), in which group, and the person's reason or note.
 * Names are the agents' display names and the group's name as they are now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingStep(Instant at, RoutingStepType type, Long agentId, String agentName, Long actorId, String actorName,
                          Long fromAgentId, String fromAgentName, Long groupId, String groupName, String note) {

    /** Whether this step gave the item to {@code agentId} (to own it or, for {@link RoutingStepType#ASSIST}, to help). */
    public boolean broughtTo(long agentId) {
        return this.agentId != null && this.agentId == agentId && type != RoutingStepType.QUEUED;
    }
}
