package dev.switchboard.server.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a ticket and moves its SLA clocks. Events at the same instant count in
 * the order the ticket core lists them (a reopening before the customer message that caused it).
 *
 * @param pauses for a status change: the new status stops the clocks (e.g. pending, on hold)
 * @param solves for a status change: the new status ends the ticket's work (solved, closed); leaving
 *               such a status is a reopening
 */
public record SlaTicketEvent(Kind kind, Instant at, boolean pauses, boolean solves) {

    public enum Kind {
        /** A public reply by an agent (not an internal note, not an automatic message). */
        AGENT_REPLY,
        /** A message from the customer (e-mail, web form, chat, portal). */
        CUSTOMER_MESSAGE,
        /** The ticket moved into a status; {@code pauses}/{@code solves} say what that status does. */
        STATUS
    }

    public SlaTicketEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (kind != Kind.STATUS && (pauses || solves)) {
            throw new IllegalArgumentException("only a status change pauses or solves");
        }
        if (pauses && solves) {
            throw new IllegalArgumentException("a status either pauses or solves");
        }
    }

    public static SlaTicketEvent agentReply(Instant at) {
        return new SlaTicketEvent(Kind.AGENT_REPLY, at, false, false);
    }

    public static SlaTicketEvent customerMessage(Instant at) {
        return new SlaTicketEvent(Kind.CUSTOMER_MESSAGE, at, false, false);
    }

    /** A status whose clocks run (new, open). */
    public static SlaTicketEvent working(Instant at) {
        return new SlaTicketEvent(Kind.STATUS, at, false, false);
    }

    /** A status that pauses the clocks (pending, on hold, or any an administrator marked so). */
    public static SlaTicketEvent paused(Instant at) {
        return new SlaTicketEvent(Kind.STATUS, at, true, false);
    }

    /** A status that ends the work (solved, closed). */
    public static SlaTicketEvent solved(Instant at) {
        return new SlaTicketEvent(Kind.STATUS, at, false, true);
    }
}
