package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.List;

/**
 * Body of {@code POST /api/v1/tickets/bulk}: the same change and/or the same reply or note for
 * several tickets, each applied on its own through the ticket's normal rules. {@code changes} is a
 * {@link TicketPatch} without a version (each ticket's change is made from its current version);
 * {@code addTags}/{@code removeTags} change the tags without replacing them; {@code comment}'s
 * {@code clientId}, when given, is made per ticket ({@code <clientId>:<ticketId>}), so a repeated
 * request posts each reply once.
 */
public record BulkRequest(List<Long> ticketIds, TicketPatch changes, List<String> addTags, List<String> removeTags,
                          NewTicketComment comment) {

    /** The most tickets one request changes. */
    public static final int MAX_TICKETS = 100;

    public BulkRequest {
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
    }
}
