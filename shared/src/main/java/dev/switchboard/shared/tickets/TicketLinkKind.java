package dev.switchboard.shared.tickets;

/** How two tickets are linked. */
public enum TicketLinkKind {
    /** The other ticket is this one's parent (this one is a part of it). */
    PARENT,
    /** The other ticket is a part of this one. */
    CHILD,
    /** About the same thing, neither a part of the other. */
    RELATED
}
