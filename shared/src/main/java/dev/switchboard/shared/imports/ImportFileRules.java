package dev.switchboard.shared.imports;

import java.util.List;

/**
 * What an imported file as a whole may be, and the backend's words when it is not: the limits, and
 * the fixed messages of the field errors it refuses a file with (field {@code file}, or the column
 * a header error is about). The workstation recognises these messages and says them in its
 * reader's language; the backend's English stays the API's wording.
 */
public final class ImportFileRules {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 30;

    /** An empty file, or one without a header row. */
    public static final String NEEDS_HEADER_AND_ROW = "a header row and at least one row";
    public static final String TOO_MANY_COLUMNS = "at most " + MAX_COLUMNS + " columns";
    public static final String TOO_MANY_ROWS = "at most " + MAX_ROWS + " rows";
    /** Followed by the known columns, comma-separated. */
    public static final String UNKNOWN_COLUMN = "unknown column; the columns are ";
    public static final String MISSING_COLUMN = "missing column";
    public static final String COLUMN_TWICE = "the column appears twice";
    /** The field name of a header cell that is blank. */
    public static final String BLANK_COLUMN = "(blank)";

    private ImportFileRules() {
    }

    /** The message for a header naming none of {@code known}. */
    public static String unknownColumn(List<String> known) {
        return UNKNOWN_COLUMN + String.join(", ", known);
    }
}
