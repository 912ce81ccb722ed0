package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who hears of every public reply written on a ticket — an agent's, or a rule's automatic one —
 * in the reply's own transaction, before it commits: the e-mail channel queues the mail there, so
 * the reply and its mail commit together or not at all. Listeners are added while features install
 * (configuration, the same on every node; ADR 0008) and must not do I/O in the transaction.
 */
public final class TicketReplies {

    /** One public reply; {@code automatic} when a rule wrote it. */
    @FunctionalInterface
    public interface Listener {
        void replied(ChangeLog.Tx tx, Ticket ticket, TicketComment reply, boolean automatic);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void onPublicReply(Listener listener) {
        listeners.add(listener);
    }

    void replied(ChangeLog.Tx tx, Ticket ticket, TicketComment reply, boolean automatic) {
        listeners.forEach(listener -> listener.replied(tx, ticket, reply, automatic));
    }
}
