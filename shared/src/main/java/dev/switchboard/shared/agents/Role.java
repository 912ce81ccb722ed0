package dev.switchboard.shared.agents;

/** What an account may do. Each role includes everything of the roles before it. */
public enum Role {
    AGENT,
    SUPERVISOR,
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
