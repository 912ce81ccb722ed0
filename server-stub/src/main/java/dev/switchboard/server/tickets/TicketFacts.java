package dev.switchboard.server.tickets;

import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Instant;
import java.util.List;

/**
 * A ticket with what rule conditions ask besides its fields.
 *
 * @param statusKind   the kind of its status
 * @param statusSince  when it got its status (its creation when it never changed)
 * @param categoryPath its category and those above it, the category first (empty without one)
 */
public record TicketFacts(Ticket ticket, StatusKind statusKind, Instant statusSince, List<Long> categoryPath) {

    public TicketFacts {
        categoryPath = List.copyOf(categoryPath);
    }
}
