package dev.switchboard.app.tickets.together;

import dev.switchboard.shared.tickets.Ticket;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the Tickets page lists instead of a built-in queue (a saved view): how to read its tickets,
 * and whether a changed ticket belongs, so the list follows the change log in place as for a queue.
 */
public interface ListScope {

    CompletableFuture<List<Ticket>> read();

    boolean holds(Ticket ticket);
}
