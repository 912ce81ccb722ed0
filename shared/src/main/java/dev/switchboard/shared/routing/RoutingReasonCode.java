package dev.switchboard.shared.routing;

/**
 * Why routing took or passed over an agent, as a code that every client words in its reader's
 * language. The parameters each code carries are named in its comment; {@code kind} and
 * {@code kinds} name the kind of work in English ({@code chat}, {@code chats}), for the client to
 * translate.
 */
public enum RoutingReasonCode {
    /** The item was offered to the agent, who let it go: {@code kind}. */
    DECLINED_BEFORE,
    /** The agent's status keeps them from taking items: {@code status} (an {@code AgentStatus}, e.g. AWAY). */
    STATUS,
    /** The agent holds as many items as they may: {@code kind}, {@code load}, {@code capacity}. */
    AT_LIMIT,
    /** The agent could have taken it, but another came first: {@code chosen} (their name; absent when nobody was chosen). */
    PASSED_OVER,
    /** Round robin: the agent's turn; {@code load}, {@code capacity}, {@code kinds}, {@code today}. */
    NEXT_IN_TURN,
    /** Least load: the agent had the fewest; {@code load}, {@code capacity}, {@code kinds}, {@code today}. */
    LEAST_LOADED,
    /** Skill: the agent's skill in the group was the highest; {@code skill}, {@code load}, {@code capacity}, {@code kinds}, {@code today}. */
    HIGHEST_SKILL,
    /** Returning visitor: the agent served them last. */
    SERVED_LAST,
    /** Returning visitor whose last agent was not free: the least loaded instead; {@code load}, {@code capacity}, {@code kinds}, {@code today}. */
    LAST_NOT_FREE,
    /** The visitor accepted this agent's invitation, and the agent was free: {@code load}, {@code capacity}, {@code kinds}, {@code today}. */
    INVITED
}
