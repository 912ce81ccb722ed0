package dev.switchboard.shared.tickets.together;

/** Who a saved ticket view is for. */
public enum ViewVisibility {
    /** Its owner only; any agent keeps views of their own. */
    PERSONAL,
    /** Everyone of at least {@code role}; administrators share these. */
    ROLE,
    /** The members of {@code groupId}; their supervisors and administrators share these. */
    GROUP
}
