package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;

/** What changed in what the agent sees of tickets: from the change log, a local edit or a sync result. */
public sealed interface TicketCacheEvent {

    /** The ticket as the agent sees it now (the backend's copy with pending changes on top). */
    record Shown(Ticket ticket) implements TicketCacheEvent {
    }

    /** A reply or note to show (a pending one has an id above {@link OfflineTickets#PENDING_COMMENT_IDS}). */
    record Commented(TicketComment comment) implements TicketCacheEvent {
    }

    /** The ticket is no longer shown: out of sight, or made here and now known by its backend id (or refused). */
    record Gone(long ticketId) implements TicketCacheEvent {
    }
}
