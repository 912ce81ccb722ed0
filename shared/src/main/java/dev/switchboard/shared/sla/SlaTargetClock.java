package dev.switchboard.shared.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One target of a ticket's SLA as evaluated at an instant. Minutes are business minutes of the
 * policy's calendar, rounded down. For the update target these describe its current cycle (since
 * the last agent reply, or since the customer's unanswered message).
 *
 * @param targetMinutes  the policy's target
 * @param elapsedMinutes business time counted so far (paused time not included)
 * @param pausedMinutes  business time the clock stood still because the ticket was in a pausing status
 * @param warningAt      when the warning threshold is (or was) reached; null when it was not and the clock does not count now
 * @param dueAt          when the target is (or was) used up; null when it was not and the clock does not count now
 * @param stoppedAt      when the target was met or the clock ended (a reply, solving); null while it is owed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaTargetClock(SlaTarget target, SlaState state, int targetMinutes, long elapsedMinutes, long pausedMinutes,
                             Instant warningAt, Instant dueAt, Instant stoppedAt) {
}
