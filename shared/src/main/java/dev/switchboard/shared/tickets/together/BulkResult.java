package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.Ticket;
import java.util.List;

/**
 * The answer of {@code POST /api/v1/tickets/bulk} (HTTP 200 when every ticket succeeded, 207 when
 * one or more failed): one {@link Item} per ticket asked for, in the order asked.
 */
public record BulkResult(List<Item> results, int succeeded, int failed) {

    public BulkResult {
        results = List.copyOf(results);
    }

    /**
     * One ticket's outcome: {@code status} as HTTP would have answered it alone; {@code ticket} as
     * it is after the change when it succeeded, {@code problem} (RFC 9457) why not when it failed.
     */
    public record Item(long ticketId, int status, Ticket ticket, Problem problem) {
    }
}
