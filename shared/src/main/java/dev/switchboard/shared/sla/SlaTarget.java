package dev.switchboard.shared.sla;

/** The three times an SLA policy may set, each optional. */
public enum SlaTarget {
    FIRST_RESPONSE,
    UPDATE,
    SOLUTION
}
