package dev.switchboard.shared.teamchat;

/** What a message between colleagues carries. */
public enum TeamMessageKind {
    /** Plain text, never markup. */
    TEXT,
    /** A visitor chat shared with colleagues ({@link TeamMessage#sharedChat()}); the body is the sharer's comment, may be empty. */
    CHAT_LINK,
    /** A change of an ad-hoc group, made by the sender ({@link TeamMessage#event()}); the body is empty. Never unread. */
    EVENT
}
