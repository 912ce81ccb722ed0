package dev.switchboard.shared.chat;

/** Who wrote a message. */
public enum SenderType {
    VISITOR,
    AGENT,
    SYSTEM
}
