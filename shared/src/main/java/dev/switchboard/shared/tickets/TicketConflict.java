package dev.switchboard.shared.tickets;

import dev.switchboard.shared.problem.Problem;
import java.util.List;

/**
 * The 409 answer to a ticket change made from an old version that changes a field someone else
 * changed since: an RFC 9457 problem document with two extension members, the ticket as it is now
 * ({@code current}) and the fields changed on both sides ({@code conflicts}). Nothing of the change
 * was applied; the client shows both values of those fields and sends again from {@code current.version}.
 */
public record TicketConflict(String type, String title, int status, String detail, Ticket current, List<String> conflicts) {

    public static TicketConflict of(Problem problem, Ticket current, List<String> conflicts) {
        return new TicketConflict(problem.type(), problem.title(), problem.status(), problem.detail(), current, List.copyOf(conflicts));
    }
}
