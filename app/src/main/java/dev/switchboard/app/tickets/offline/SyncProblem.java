package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.time.Instant;
import java.util.List;

/**
 * A synced edit the backend did not take as it was, kept until the agent decides: a CONFLICT names
 * the fields that kept the backend's value ({@code theirs} is the ticket right after the push); a
 * REJECTED one says why ({@code problem}). {@code mutation} is what the agent did, whole.
 */
public record SyncProblem(long mutationId, TicketMutationOutcome outcome, Long ticketId, TicketMutation mutation,
                          List<String> conflicts, Ticket theirs, Problem problem, Instant reportedAt) {

    public SyncProblem {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
