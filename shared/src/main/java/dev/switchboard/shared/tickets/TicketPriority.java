package dev.switchboard.shared.tickets;

/** How urgent a ticket is, lowest first: the order lists sort by. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
