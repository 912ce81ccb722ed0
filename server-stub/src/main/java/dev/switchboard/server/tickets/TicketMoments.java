package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.tickets.Ticket;
import java.util.Set;

/**
 * Time events as the rules see them (issue 13: "and on time events"): an SLA warning or breach
 * announced, a pending reminder reached. Whoever announces the moment calls {@link #reached} once,
 * in the transaction that claimed it with the ticket's row locked, so the rules run once per moment
 * on however many nodes, and what they change commits with the claim or not at all.
 */
final class TicketMoments {

    private final TicketChangeHook hook;
    private final TicketService tickets;

    TicketMoments(TicketChangeHook hook, TicketService tickets) {
        this.hook = hook;
        this.tickets = tickets;
    }

    /** Runs the rules of {@code moment}; answers the ticket as they left it. */
    Ticket reached(ChangeLog.Tx tx, Ticket ticket, TicketChangeEvent.Moment moment, Set<String> changed) {
        hook.changed(new TicketRuleSession(tx, tickets), TicketChangeEvent.reached(ticket, moment, changed));
        return TicketStore.find(tx.handle(), ticket.id()).orElseThrow();
    }
}
