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

    /**
     * The problem type of what the workstation judges itself when the backend's answer to an edit was
     * lost (ADR 0042): a refusal, what the edit made is not there; a conflict, fields not as it set them.
     */
    public static final String NOT_THERE_AFTER_A_LOST_ANSWER = "https://switchboard.dev/problems/sync-answer-lost";

    public SyncProblem {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
