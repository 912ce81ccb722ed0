package dev.switchboard.shared.triggers;

/**
 * When a trigger runs: a ticket was created, or updated (a field changed, a reply or note added), or
 * a moment came (a time event): an SLA warning or breach was announced, or a waiting ticket's
 * pending reminder ({@code pendingUntil}) was reached. Each time event runs the triggers once, on
 * whichever node noticed it.
 */
public enum TriggerEvent {
    CREATED,
    UPDATED,
    /** An SLA clock of the ticket crossed its warning threshold. */
    SLA_WARNING,
    /** An SLA clock of the ticket passed its due time (after the policy's own escalation). */
    SLA_BREACH,
    /** The ticket waits (a status of kind WAITING) and its {@code pendingUntil} has come. */
    PENDING_REMINDER;

    /** Whether this is a moment rather than a change: conditions on what changed never hold for it. */
    public boolean timed() {
        return this != CREATED && this != UPDATED;
    }
}
