package dev.switchboard.shared.tickets;

/** A ticket's comment: a reply the customer sees, or a note only agents see. */
public enum CommentKind {
    PUBLIC_REPLY,
    INTERNAL_NOTE
}
