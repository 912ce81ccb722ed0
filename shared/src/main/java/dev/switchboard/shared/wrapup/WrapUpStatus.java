package dev.switchboard.shared.wrapup;

/** Where a chat's wrap-up stands. */
public enum WrapUpStatus {
    /** Not written yet, and not overdue (optional, or still within its time limit). */
    PENDING,
    /** Required, not written, and its time limit has passed: the agent is given chats again, and supervisors see it. */
    OVERDUE,
    /** Written. */
    DONE
}
