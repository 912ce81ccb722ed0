package dev.switchboard.shared.imports;

/** What an import does, or would do, with one row of the file. */
public enum ImportAction {
    /** A new account or reply. */
    CREATE,
    /** An existing one changes: {@link ImportRow#changes()} names the fields. */
    UPDATE,
    /** An existing one that the row leaves as it is. */
    UNCHANGED,
    /** The row has errors ({@link ImportRow#errors()}); nothing of the file is written while any row has. */
    ERROR
}
