package dev.switchboard.server.sla;

import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's SLA at an instant.
 *
 * @param policyId    the policy that applies; null when none does (then there are no targets)
 * @param targets     one clock per target the policy sets, in {@link SlaTarget} order
 * @param events      every warning and breach of every cycle, past and (for clocks that count) to come, in time order
 * @param nextEventAt the first event after the evaluation's instant: when the scheduler must look at the ticket again;
 *                    null when no clock counts (nothing can happen until the ticket changes)
 */
public record SlaEvaluation(Long policyId, List<SlaTargetClock> targets, List<SlaEvent> events, Instant nextEventAt) {

    public SlaEvaluation {
        targets = List.copyOf(targets);
        events = List.copyOf(events);
    }

    /** No policy applies. */
    public static SlaEvaluation none() {
        return new SlaEvaluation(null, List.of(), List.of(), null);
    }

    public Optional<SlaTargetClock> target(SlaTarget target) {
        return targets.stream().filter(clock -> clock.target() == target).findFirst();
    }

    /** The earliest due time of the clocks that count now: what a queue sorts "SLA at risk" by; null when none counts. */
    public Instant earliestDue() {
        return targets.stream().filter(clock -> clock.stoppedAt() == null && clock.dueAt() != null)
                .filter(clock -> clock.state() != SlaState.PAUSED)
                .map(SlaTargetClock::dueAt).min(Instant::compareTo).orElse(null);
    }
}
