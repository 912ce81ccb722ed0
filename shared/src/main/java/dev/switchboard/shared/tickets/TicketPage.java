package dev.switchboard.shared.tickets;

import java.util.List;

/** Answer of {@code GET /api/v1/tickets}: one page of the tickets the query finds and how many it finds in all. */
public record TicketPage(List<Ticket> tickets, long total, int offset, int limit) {

    public TicketPage {
        tickets = List.copyOf(tickets);
    }
}
