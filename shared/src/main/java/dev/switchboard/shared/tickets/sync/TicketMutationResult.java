package dev.switchboard.shared.tickets.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.util.List;

/**
 * The answer for one pushed entry: its outcome, the ticket as it is after it (with its number and id,
 * also for a ticket created offline: {@code localKey} ties the two), the comment it appended, the
 * fields that kept the backend's value, or the problem that refused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketMutationResult(
        long mutationId,
        TicketMutationOutcome outcome,
        String localKey,
        Ticket ticket,
        TicketComment comment,
        List<String> conflicts,
        Problem problem) {

    public TicketMutationResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
