package dev.switchboard.shared.chat;

/** How a group picks one of its free agents. */
public enum RoutingStrategy {
    /** The agent who got a chat longest ago: turns go round. */
    ROUND_ROBIN,
    /** Fewest open chats, then fewest chats today. */
    LEAST_LOAD,
    /** The agent who served this visitor last, when free; else least load. */
    RETURNING_TO_LAST,
    /** The highest skill level in the group, then least load. */
    SKILL
}
