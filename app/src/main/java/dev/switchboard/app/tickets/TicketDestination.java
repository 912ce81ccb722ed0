package dev.switchboard.app.tickets;

import dev.switchboard.app.navigation.Destination;

/** A ticket, opened on the Tickets page. */
public record TicketDestination(long ticketId) implements Destination {
}
