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
 * @param moment    the time event this is, or null for a change a person (or the system on their behalf) made; with a
 *                  moment, {@code changed} are the fields the moment's own handling changed (an SLA breach's escalation)
 */
public record TicketChangeEvent(boolean created, Ticket ticket, Set<String> changed, Commenter commenter, Moment moment) {

    /** Who wrote an added comment. */
    public enum Commenter {
        AGENT,
        CUSTOMER
    }

    /** A time event: a moment came for the ticket, announced once by whichever node noticed it. */
    public enum Moment {
        SLA_WARNING,
        SLA_BREACH,
        /** A waiting ticket's {@code pendingUntil} came. */
        PENDING_REMINDER
    }

    public TicketChangeEvent {
        changed = Set.copyOf(changed);
    }

    static TicketChangeEvent created(Ticket ticket) {
        return new TicketChangeEvent(true, ticket, Set.of(), null, null);
    }

    static TicketChangeEvent updated(Ticket ticket, Set<String> changed) {
        return new TicketChangeEvent(false, ticket, changed, null, null);
    }

    static TicketChangeEvent commented(Ticket ticket, Commenter commenter) {
        return new TicketChangeEvent(false, ticket, Set.of(), commenter, null);
    }

    static TicketChangeEvent reached(Ticket ticket, Moment moment, Set<String> changed) {
        return new TicketChangeEvent(false, ticket, changed, null, moment);
    }
}
