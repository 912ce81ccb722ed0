package dev.switchboard.shared.routing;

/**
 * What happened to an item (a chat) on its way to agents, as a {@link RoutingStep} of its routing
 * history records it. Clients word each in their reader's language.
 */
public enum RoutingStepType {
    /** The routing rules gave it to {@code agent} (at once, or they accepted the offer) in {@code group}. */
    ROUTED,
    /** Nobody of {@code group} could take it: it waits in that group's queue. */
    QUEUED,
    /** {@code agent} took it from the queue of {@code group} themselves. */
    TAKEN,
    /** The supervisor {@code actor} gave the waiting item to {@code agent}; {@code note} is their reason. */
    ASSIGNED,
    /** The supervisor {@code agent} took it over from {@code fromAgent}; {@code note} is their reason. */
    TAKEN_OVER,
    /** {@code actor} handed it from {@code fromAgent} to {@code agent}; {@code note} is the note for agents. */
    TRANSFERRED,
    /** {@code actor} sent it from {@code fromAgent} back to the queue of {@code group}. */
    TRANSFERRED_TO_GROUP,
    /** {@code actor} asked {@code agent} to help with it. */
    ASSIST,
    /** Its owner {@code fromAgent} signed out: it went back to the front of {@code group}'s queue at once. */
    REQUEUED_SIGNED_OUT,
    /** Its owner {@code fromAgent} stayed disconnected past the grace period: back to the front of {@code group}'s queue. */
    REQUEUED_OFFLINE
}
