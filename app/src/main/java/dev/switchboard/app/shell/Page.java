package dev.switchboard.app.shell;

import dev.switchboard.shared.agents.Role;

/**
 * The pages of the navigation, in order. Only pages that work are listed; Tickets and Customers
 * join here as they are built.
 */
public enum Page {
    VISITORS(Role.AGENT),
    CHATS(Role.AGENT),
    HOME(Role.AGENT),
    SUPERVISOR(Role.SUPERVISOR);

    private final Role minimumRole;

    Page(Role minimumRole) {
        this.minimumRole = minimumRole;
    }

    public boolean visibleTo(Role role) {
        return role.atLeast(minimumRole);
    }

    public String textKey() {
        return "nav." + name();
    }
}
