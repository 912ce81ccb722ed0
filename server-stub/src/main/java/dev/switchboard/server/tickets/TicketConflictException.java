package dev.switchboard.server.tickets;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketConflict;
import java.util.List;

/**
 * A ticket change refused because it collides with a change made since its base version: answered
 * 409 with the current ticket and the colliding fields ({@link TicketConflict}) by {@link TicketRoutes}.
 */
final class TicketConflictException extends RuntimeException {

    private final transient TicketConflict conflict;

    TicketConflictException(Ticket current, List<String> conflicts, String detail) {
        super(detail, null, false, false);
        this.conflict = TicketConflict.of(Problem.of(ProblemType.CONFLICT, detail), current, conflicts);
    }

    TicketConflict conflict() {
        return conflict;
    }
}
