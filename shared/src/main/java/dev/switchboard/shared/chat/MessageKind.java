package dev.switchboard.shared.chat;

/** What a message is: text everyone in the chat sees, a note only agents see, or an event line. */
public enum MessageKind {
    TEXT,
    NOTE,
    EVENT
}
