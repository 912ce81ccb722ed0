package dev.switchboard.server.sla;

import dev.switchboard.shared.sla.SlaTarget;
import java.time.Instant;

/**
 * A moment a target's clock reaches its warning threshold or its due time, past or (while it counts)
 * to come. The scheduler fires each {@link #key} once, when {@code at} is reached; a recomputation
 * that moves it keeps the key when the cycle is the same.
 *
 * @param cycleStart when the target's cycle began (the update target has one per agent reply or unanswered message)
 */
public record SlaEvent(SlaTarget target, Kind kind, Instant at, Instant cycleStart) {

    public enum Kind {
        /** The warning threshold (e.g. 80 % of the target): tell the assignee. */
        WARNING,
        /** The target is used up: escalate (notify, and the policy's priority raise or reassignment). */
        BREACH
    }

    /** What identifies the event across recomputations, e.g. {@code UPDATE:BREACH:1796112000000}. */
    public String key() {
        return target + ":" + kind + ":" + cycleStart.toEpochMilli();
    }
}
