package dev.switchboard.shared.imports;

/**
 * Why one cell of an imported row is refused, as a code with parameters ({@link ImportError}), so
 * that the workstation says it in its reader's language (like routing reasons, ADR 0013).
 * {@link #OTHER} carries only the backend's English message.
 */
public enum ImportErrorCode {
    /** The cell is empty but must not be. */
    REQUIRED,
    /** The same login, or group and shortcut, is in an earlier row: {@code row}. */
    ALSO_IN_ROW,
    /** Not a login: letters, digits, '.', '_', '-', {@code min} to {@code max} characters. */
    LOGIN_FORMAT,
    /** A display name of 1 to {@code max} characters without control characters. */
    DISPLAY_NAME_FORMAT,
    /** Not AGENT, SUPERVISOR or ADMIN. */
    ROLE_UNKNOWN,
    /** Group names no group has: {@code names}, comma-separated. */
    NO_SUCH_GROUP,
    /** More than {@code max} groups. */
    TOO_MANY_GROUPS,
    /** Not a whole number from 0 to {@code max}. */
    MAX_CHATS_RANGE,
    /** Not true or false (yes/no, 1/0, 是/否). */
    NOT_TRUE_OR_FALSE,
    /** A skill out of {@code min} to {@code max}, or in a group the agent is not in. */
    SKILL_RANGE,
    /** A new password shorter than {@code min} characters. */
    PASSWORD_TOO_SHORT,
    /** A new password longer than {@code max} characters. */
    PASSWORD_TOO_LONG,
    /** A new password on the list of often used ones. */
    PASSWORD_TOO_COMMON,
    /** A password for an account that exists: it is reset in the account editor, not by a file. */
    PASSWORD_OF_EXISTING_ACCOUNT,
    /** The importing administrator would disable their own account or drop their own ADMIN role. */
    OWN_ACCOUNT,
    /** A supervisor names a group they are not in. */
    NOT_YOUR_GROUP,
    /** A shortcut of 1 to {@code max} letters, digits, '_' or '-'. */
    SHORTCUT_FORMAT,
    /** A title of 1 to {@code max} characters. */
    TITLE_LENGTH,
    /** A body of 1 to {@code max} characters. */
    BODY_LENGTH,
    /** A category of at most {@code max} characters, without line breaks. */
    CATEGORY_FORMAT,
    /** Any other reason: only the English {@link ImportError#message()}. */
    OTHER
}
