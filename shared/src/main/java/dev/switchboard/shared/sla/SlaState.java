package dev.switchboard.shared.sla;

/** Where one target of a ticket's SLA stands at an instant. */
public enum SlaState {
    /** Nothing is owed: the update target before the first response, or while no customer message waits for an answer. */
    INACTIVE,
    /** Counting, before the warning threshold. */
    RUNNING,
    /** Counting, past the warning threshold and before the due time. */
    WARNING,
    /** Not counting: the ticket is in a status that pauses the SLA, and the target was not breached before. */
    PAUSED,
    /** Stopped in time (answered, or solved). */
    MET,
    /** Due time reached while counting, or stopped after it. */
    BREACHED
}
