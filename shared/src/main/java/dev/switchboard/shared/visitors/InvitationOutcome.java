package dev.switchboard.shared.visitors;

/** What became of an invitation; each step is recorded for the conversion reports. */
public enum InvitationOutcome {
    SENT,
    SHOWN,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
