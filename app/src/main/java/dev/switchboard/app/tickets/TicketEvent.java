package dev.switchboard.app.tickets;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;

/** What happened to a ticket, as the open views follow it. */
sealed interface TicketEvent {

    long ticketId();

    /** The ticket as it is now (made or changed). */
    record Changed(Ticket ticket) implements TicketEvent {
        @Override
        public long ticketId() {
            return ticket.id();
        }
    }

    /** A reply or note was added. */
    record Commented(TicketComment comment) implements TicketEvent {
        @Override
        public long ticketId() {
            return comment.ticketId();
        }
    }

    /** The ticket left this agent's sight (moved to a group they are not in, assigned away). */
    record OutOfSight(long ticketId) implements TicketEvent {
    }
}
