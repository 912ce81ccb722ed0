package dev.switchboard.shared.teamchat;

/** What a conversation between colleagues is. */
public enum TeamConversationKind {
    /** Two agents, one-to-one. */
    DIRECT,
    /** Everyone in an agent group, whoever belongs to it now. */
    GROUP
}
