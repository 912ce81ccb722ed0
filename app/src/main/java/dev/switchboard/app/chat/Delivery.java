package dev.switchboard.app.chat;

/** How far one of the agent's own messages has got. */
public enum Delivery {
    /** Kept in the local outbox; sent when the connection allows, again until the server stores it. */
    PENDING,
    /** The server refused it (e.g. the chat ended); it stays so that the text is not lost. */
    FAILED,
    /** Stored by the server, which delivers it to the visitor's open pages. */
    SENT,
    /** The visitor's page holds it (the widget said so); not read yet. */
    DELIVERED,
    /** The visitor has read it. */
    READ
}
