package dev.switchboard.server.tickets;

import dev.switchboard.shared.tickets.Ticket;
import java.util.Set;

/**
 * One change of a ticket as rules see it.
 *
 * @param created   the ticket was just made (its fields count as set, not as changed)
 * @param ticket    the ticket after the change
 * @param changed   the fields the change changed, as the history names them (empty for a comment)
 * @param commenter who wrote the comment the change added, or null when it added none
 */
public record TicketChangeEvent(boolean created, Ticket ticket, Set<String> changed, Commenter commenter) {

    /** Who wrote an added comment. */
    public enum Commenter {
        AGENT,
        CUSTOMER
    }

    public TicketChangeEvent {
        changed = Set.copyOf(changed);
    }

    static TicketChangeEvent created(Ticket ticket) {
        return new TicketChangeEvent(true, ticket, Set.of(), null);
    }

    static TicketChangeEvent updated(Ticket ticket, Set<String> changed) {
        return new TicketChangeEvent(false, ticket, changed, null);
    }

    static TicketChangeEvent commented(Ticket ticket, Commenter commenter) {
        return new TicketChangeEvent(false, ticket, Set.of(), commenter);
    }
}
