package dev.switchboard.app.tickets;

import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the ticket views read and write tickets. Today the backend ({@link TicketsApi}); when
 * tickets work offline (DESIGN.md, "Sync") the local cache with its outbox answers the same calls,
 * so the view models stay as they are. Every answer completes off the FX thread.
 */
interface TicketSource {

    /** The tickets {@code filter} finds, newest change first. */
    CompletableFuture<List<Ticket>> list(TicketFilter filter);

    CompletableFuture<Ticket> get(long id);

    CompletableFuture<List<TicketComment>> comments(long ticketId);

    CompletableFuture<List<TicketHistoryEntry>> history(long ticketId);

    CompletableFuture<Ticket> create(NewTicket ticket);

    /** A ticket made from chat {@code conversationId}: requester, group and subject from the chat. */
    CompletableFuture<Ticket> createFromChat(long conversationId);

    /**
     * Changes a ticket from {@code patch.version()}. Fails with {@link StaleTicketException} (holding
     * the ticket as it is now) when someone changed one of the same fields since that version.
     */
    CompletableFuture<Ticket> patch(long id, TicketPatch patch);

    CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment);

    CompletableFuture<List<TicketStatus>> statuses();

    CompletableFuture<List<TicketCategory>> categories();
}
