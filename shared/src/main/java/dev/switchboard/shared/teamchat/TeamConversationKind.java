package dev.switchboard.shared.teamchat;

/** What a conversation between colleagues is. */
public enum TeamConversationKind {
    /** Two agents, one-to-one. */
    DIRECT,
    /** Everyone in an agent group, whoever belongs to it now. */
    GROUP,
    /**
     * A group of colleagues someone made themselves, with a name: its members are those added to
     * it, each reading its messages from when they joined.
     */
    AD_HOC
}
