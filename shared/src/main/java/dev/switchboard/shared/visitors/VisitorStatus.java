package dev.switchboard.shared.visitors;

/** What a visitor is doing now, as the visitor list shows it. */
public enum VisitorStatus {
    BROWSING,
    INVITED,
    CHATTING,
    LEFT
}
