package dev.switchboard.server.tickets;

/**
 * The port through which rules see every change of a ticket (ADR 0032): called by the ticket core
 * in the change's own transaction, after the change is written and before it commits, for a
 * created ticket, a changed field and an added comment alike — live or synced. What the hook changes
 * through the {@link TicketRuleSession} commits with the change or not at all. Changes made through
 * the session do not call the hook again: chaining is the hook's own, bounded business.
 */
@FunctionalInterface
public interface TicketChangeHook {

    void changed(TicketRuleSession session, TicketChangeEvent event);
}
