package dev.switchboard.shared.tickets;

/** A link from a ticket to another, seen from the ticket that carries it. */
public record TicketLink(TicketLinkKind kind, long ticketId, String number) {
}
