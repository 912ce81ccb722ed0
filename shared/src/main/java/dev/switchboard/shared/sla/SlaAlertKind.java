package dev.switchboard.shared.sla;

/** What an {@link SlaAlert} announces. */
public enum SlaAlertKind {
    /** A target's clock reached the policy's warning share: the assignee should act. */
    WARNING,
    /** A target's due time passed while it was owed: the assignee and the group's supervisors are told. */
    BREACH
}
