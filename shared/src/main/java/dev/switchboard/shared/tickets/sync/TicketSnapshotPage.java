package dev.switchboard.shared.tickets.sync;

import dev.switchboard.shared.tickets.Ticket;
import java.util.List;

/**
 * A page of {@code GET /api/v1/sync/tickets/snapshot?after=<ticketId>&limit=<n>}: the tickets the
 * signed-in account may see with an id above {@code after}, by id, for filling an empty workstation
 * cache. The next page is asked {@code after=nextAfter} while {@code hasMore}.
 *
 * @param seq the change log's newest sequence number, read before this page's tickets were. A client
 *            fills its cache from the pages and then follows the change log after the {@code seq} of
 *            the <em>first</em> page: every change made while it read the pages comes again then
 *            (entries carry the whole ticket, so applying one twice is harmless), none is missed.
 * @param total how many tickets the account may see, counted with the first page ({@code after=0}) only,
 *              null on the others (and from a backend before it was added): a fill's "about N" to tell
 *              the agent, not a promise — tickets made or moved while it runs change it
 */
public record TicketSnapshotPage(List<Ticket> tickets, long nextAfter, boolean hasMore, long seq, Long total) {

    /** The most tickets one page holds; a larger {@code limit} is refused. */
    public static final int MAX_LIMIT = 2000;
    public static final int DEFAULT_LIMIT = 1000;

    public TicketSnapshotPage {
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
    }

    /** A page without the count (every page after the first). */
    public TicketSnapshotPage(List<Ticket> tickets, long nextAfter, boolean hasMore, long seq) {
        this(tickets, nextAfter, hasMore, seq, null);
    }
}
