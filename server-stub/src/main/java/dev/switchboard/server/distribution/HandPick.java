package dev.switchboard.server.distribution;

import dev.switchboard.shared.routing.RoutingStepType;

/**
 * A person, not the rules, gives a waiting item to an agent ({@link WorkQueue#handTo}): the agent
 * takes it from the queue of one of their groups themselves, within their capacity; or a
 * supervisor assigns it to the agent they chose, whose capacity they may knowingly exceed.
 *
 * @param actorId who did it
 * @param note    the supervisor's reason, kept in the routing history; null for the agent's own pick
 */
public record HandPick(RoutingStepType how, long actorId, String note) {

    public HandPick {
        if (how != RoutingStepType.TAKEN && how != RoutingStepType.ASSIGNED) {
            throw new IllegalArgumentException("an item is taken or assigned by hand, not " + how);
        }
    }

    /** The agent takes the item themselves. */
    public static HandPick taken(long agentId) {
        return new HandPick(RoutingStepType.TAKEN, agentId, null);
    }

    /** A supervisor gives the item to an agent, for {@code reason}. */
    public static HandPick assigned(long supervisorId, String reason) {
        return new HandPick(RoutingStepType.ASSIGNED, supervisorId, reason);
    }

    /** The agent picks it themselves: only from their own groups, and within their capacity. */
    boolean byTheAgent() {
        return how == RoutingStepType.TAKEN;
    }
}
