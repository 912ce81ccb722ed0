package dev.switchboard.app.tickets.sla;

import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.TicketSlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A ticket's SLA read at an instant: the target due next among the clocks that count, the time left
 * to it (negative once overdue) and how urgent that is. The backend evaluates the SLA when the ticket
 * changes and at each warning and breach (ADR 0031); between those the due and warning instants stay
 * valid, so the workstation counts down to them on its own clock. The backend's word wins where it
 * is more urgent (its clock may run ahead of ours), ours where time has passed since it evaluated.
 *
 * @param due    the due instant counted down to; null when no clock counts now
 * @param target the target it belongs to; null with {@code due}
 * @param left   {@code due} minus now, negative when overdue; null with {@code due}
 */
public record SlaCountdown(SlaUrgency urgency, Instant due, SlaTarget target, Duration left) {

    private static final SlaCountdown NONE = new SlaCountdown(SlaUrgency.NONE, null, null, null);

    /** What {@code sla} means at {@code now}. */
    public static SlaCountdown of(TicketSlaStatus sla, Instant now) {
        if (sla == null || sla.policyId() == null || sla.targets().isEmpty()) {
            return NONE;
        }
        Optional<SlaTargetClock> next = sla.targets().stream().filter(SlaCountdown::counting)
                .min(Comparator.comparing(SlaTargetClock::dueAt));
        if (next.isEmpty()) {
            if (sla.targets().stream().anyMatch(clock -> clock.state() == SlaState.PAUSED)) {
                return new SlaCountdown(SlaUrgency.PAUSED, null, null, null);
            }
            boolean missed = sla.state() == SlaState.BREACHED || sla.targets().stream().anyMatch(clock -> clock.state() == SlaState.BREACHED);
            return new SlaCountdown(missed ? SlaUrgency.BREACHED : SlaUrgency.MET, null, null, null);
        }
        SlaTargetClock clock = next.get();
        Duration left = Duration.between(now, clock.dueAt());
        SlaUrgency urgency;
        if (clock.state() == SlaState.BREACHED || left.isNegative() || left.isZero()) {
            urgency = SlaUrgency.BREACHED;
        } else if (clock.state() == SlaState.WARNING || clock.warningAt() != null && !now.isBefore(clock.warningAt())) {
            urgency = SlaUrgency.WARNING;
        } else {
            urgency = SlaUrgency.OK;
        }
        return new SlaCountdown(urgency, clock.dueAt(), clock.target(), left);
    }

    /** A clock still owed with a due time: running, warned or breached and not stopped. */
    private static boolean counting(SlaTargetClock clock) {
        return clock.dueAt() != null && clock.stoppedAt() == null
                && (clock.state() == SlaState.RUNNING || clock.state() == SlaState.WARNING || clock.state() == SlaState.BREACHED);
    }

    /** Whether this is what the "SLA at risk" queue lists: warned or breached with a target still owed. */
    public boolean atRisk() {
        return due != null && (urgency == SlaUrgency.WARNING || urgency == SlaUrgency.BREACHED);
    }
}
