package dev.switchboard.shared.imports;

import java.util.List;

/**
 * The answer to {@code POST /api/v1/agents/import} and {@code /api/v1/canned-replies/import}:
 * every row of the file with what it does, or would do with {@code dryRun=true}, and its errors.
 * {@code written} is true only when the rows were stored, all of them in one transaction.
 */
public record ImportReport(boolean written, int created, int updated, int unchanged, int rejected, List<ImportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** The report of {@code rows}, counted. */
    public static ImportReport of(boolean written, List<ImportRow> rows) {
        return new ImportReport(written, count(rows, ImportAction.CREATE), count(rows, ImportAction.UPDATE),
                count(rows, ImportAction.UNCHANGED), count(rows, ImportAction.ERROR), rows);
    }

    public boolean hasErrors() {
        return rejected > 0;
    }

    private static int count(List<ImportRow> rows, ImportAction action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
