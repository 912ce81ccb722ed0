package dev.switchboard.shared.imports;

import java.util.List;

/**
 * The columns of the files accounts and canned replies are imported from and exported to, named
 * as the JSON fields they fill (header row first; the order of columns is free, unknown ones are
 * refused). An export has every column but {@code password}, so it imports again unchanged.
 */
public final class ImportColumns {

    /** Accounts: {@code login} identifies the row; {@code groups} are group names separated by ';'. */
    public static final List<String> ACCOUNTS = List.of("login", "displayName", "role", "groups", "maxChats", "enabled", "password");
    public static final List<String> ACCOUNTS_REQUIRED = List.of("login");
    /** Canned replies: {@code group} (a group's name, blank for one's own reply) and {@code shortcut} identify the row. */
    public static final List<String> CANNED_REPLIES = List.of("group", "shortcut", "title", "body", "category");
    public static final List<String> CANNED_REPLIES_REQUIRED = List.of("shortcut", "title", "body");
    /** Between group names in the {@code groups} cell; ',' and the full-width '；' are read too. */
    public static final String GROUP_SEPARATOR = "; ";

    private ImportColumns() {
    }
}
