package dev.switchboard.app.tickets.sla;

/** How urgent a ticket's SLA is for the agent now, most urgent last (what the countdown column shows and sorts by). */
public enum SlaUrgency {
    /** No policy applies, or it was not evaluated yet. */
    NONE,
    /** Every target was met, nothing is owed now. */
    MET,
    /** The clock stands still: the ticket is in a status that pauses the SLA. */
    PAUSED,
    /** Counting, before the warning threshold. */
    OK,
    /** Counting, past the warning threshold. */
    WARNING,
    /** A due time passed (and the target is still owed, or was missed). */
    BREACHED
}
