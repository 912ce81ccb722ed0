package dev.switchboard.app.tickets;

import dev.switchboard.shared.tickets.Ticket;

/** A change refused because someone changed the same fields since the version it was made from; {@code current} is the ticket now. */
final class StaleTicketException extends RuntimeException {

    private final transient Ticket current;

    StaleTicketException(Ticket current, Throwable refusal) {
        super("ticket " + current.number() + " changed meanwhile, now at version " + current.version(), refusal);
        this.current = current;
    }

    Ticket current() {
        return current;
    }
}
