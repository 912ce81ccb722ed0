package dev.switchboard.shared.push;

/** What a push shows on the visitor's page. */
public enum PushKind {
    /** A line of text from the service, as an agent would write it; answering it starts a chat. */
    MESSAGE,
    /** A window ad: a small card near the chat button with a title, text, an optional picture and link. */
    CARD
}
