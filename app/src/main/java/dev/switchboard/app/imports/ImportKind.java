package dev.switchboard.app.imports;

import dev.switchboard.shared.agents.Role;

/** What can be imported and exported, at which endpoints, and for whom. */
enum ImportKind {
    /** Every account; administrators only. */
    ACCOUNTS("agents", "accounts", Role.ADMIN),
    /** One's own replies and those of one's groups (every group's for administrators). */
    CANNED_REPLIES("canned-replies", "canned-replies", Role.SUPERVISOR);

    private final String path;
    private final String fileName;
    private final Role minimumRole;

    ImportKind(String path, String fileName, Role minimumRole) {
        this.path = path;
        this.fileName = fileName;
        this.minimumRole = minimumRole;
    }

    /** The endpoints' path under {@code /api/v1}, e.g. {@code agents} for {@code /api/v1/agents/import}. */
    String path() {
        return path;
    }

    /** How an export of it is named, before the date. */
    String fileName() {
        return fileName;
    }

    boolean allowedFor(Role role) {
        return role.atLeast(minimumRole);
    }

    String labelKey() {
        return this == ACCOUNTS ? "imports.kind.accounts" : "imports.kind.cannedReplies";
    }
}
