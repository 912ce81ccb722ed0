package dev.switchboard.shared.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's SLA as the ticket API and the change log carry it ({@code Ticket.sla}): the policy that
 * applies and one clock per target it sets, as evaluated when the ticket last changed or when the
 * SLA scheduler last looked at it (at each warning and breach, and after a policy or business-hours
 * change). Due and warning instants stay valid until then; a client counts down to them itself.
 * Minutes elapsed are as of {@code evaluatedAt}.
 *
 * @param policyId    the policy that applies; null when none does (then {@code targets} is empty)
 * @param policyName  its name when it was evaluated
 * @param state       the ticket's overall state: the most urgent of the clocks that are owed (BREACHED, WARNING,
 *                    RUNNING, then PAUSED); when none is owed, BREACHED if one was missed, else MET; null without a policy
 * @param nextDueAt   the earliest due time of the clocks that count now (what "SLA at risk" sorts by); null when none counts
 * @param targets     the clocks of the targets the policy sets, in {@link SlaTarget} order
 * @param evaluatedAt when this was evaluated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketSlaStatus(Long policyId, String policyName, SlaState state, Instant nextDueAt, List<SlaTargetClock> targets,
                              Instant evaluatedAt) {

    public TicketSlaStatus {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
