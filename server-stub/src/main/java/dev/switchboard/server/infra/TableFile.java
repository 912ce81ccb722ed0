package dev.switchboard.server.infra;

import dev.switchboard.shared.imports.ImportFileRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of text cells under a header row, read from an uploaded file (CSV or XLSX, recognised by
 * their content, never by a name or a Content-Type) or written to one: how administrators move
 * accounts and canned replies in and out of spreadsheets. Reading checks the size, the kind of
 * file and the header, and answers problems (413, 415, 400) for anything else.
 *
 * @param headers the header row's column names, trimmed
 * @param rows    the rows under it that have any content, in file order
 */
public record TableFile(List<String> headers, List<Row> rows) {

    public static final int MAX_BYTES = ImportFileRules.MAX_BYTES;
    public static final int MAX_ROWS = ImportFileRules.MAX_ROWS;
    public static final int MAX_COLUMNS = ImportFileRules.MAX_COLUMNS;

    /** The file formats an export may be asked for. */
    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** {@code csv} or {@code xlsx} (the default when absent); 400 for anything else. */
        public static Format of(String query) {
            if (query == null || query.isBlank()) {
                return XLSX;
            }
            return switch (query.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ApiException.invalid("unknown format", List.of(new FieldError("format", "csv or xlsx")));
            };
        }
    }

    /**
     * One row: its number as a spreadsheet shows it (the header is row 1) and its cells by column
     * name, trimmed; a column the row lacks is absent.
     */
    public record Row(int number, Map<String, String> cells) {

        /** The cell of {@code column}, empty when blank or missing. */
        public String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    public TableFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Reads an upload of at most {@link #MAX_BYTES}: 413 when larger, 415 when neither a real CSV nor a real XLSX. */
    public static TableFile read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "the upload could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "a file of at most " + MAX_BYTES / 1024 + " KB");
        }
        if (bytes.length == 0) {
            throw ApiException.invalid("the file is empty", List.of(new FieldError("file", ImportFileRules.NEEDS_HEADER_AND_ROW)));
        }
        List<List<String>> records = SpreadsheetFiles.isZip(bytes) ? SpreadsheetFiles.readXlsx(bytes)
                : SpreadsheetFiles.isOle2(bytes) ? refuseOldExcel() : CsvFiles.read(bytes);
        return of(records);
    }

    /** {@code headers} and {@code rows} as a file of {@code format}; CSV starts with a byte order mark so that Excel reads it as UTF-8. */
    public static byte[] write(Format format, List<String> headers, List<List<Object>> rows) {
        return format == Format.CSV ? CsvFiles.write(headers, rows) : SpreadsheetFiles.writeXlsx(headers, rows);
    }

    /** 400 unless every column is known and every required one is there. */
    public void requireColumns(List<String> known, List<String> required) {
        List<FieldError> errors = new ArrayList<>();
        for (String header : headers) {
            if (!known.contains(header)) {
                errors.add(new FieldError(header.isEmpty() ? ImportFileRules.BLANK_COLUMN : header, ImportFileRules.unknownColumn(known)));
            }
        }
        for (String column : required) {
            if (!headers.contains(column)) {
                errors.add(new FieldError(column, ImportFileRules.MISSING_COLUMN));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the header row is not valid", errors);
        }
    }

    private static List<List<String>> refuseOldExcel() {
        throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "an Excel 97-2003 (.xls) file: save it as .xlsx or CSV");
    }

    private static TableFile of(List<List<String>> records) {
        if (records.isEmpty()) {
            throw ApiException.invalid("the file has no header row", List.of(new FieldError("file", ImportFileRules.NEEDS_HEADER_AND_ROW)));
        }
        List<String> headers = new ArrayList<>(records.get(0).stream().map(String::strip).toList());
        // spreadsheets often save a few empty columns after the last one: they name nothing
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        if (headers.size() > MAX_COLUMNS) {
            throw ApiException.invalid("too many columns", List.of(new FieldError("file", ImportFileRules.TOO_MANY_COLUMNS)));
        }
        List<FieldError> duplicates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isEmpty() && headers.indexOf(headers.get(i)) != i) {
                duplicates.add(new FieldError(headers.get(i), ImportFileRules.COLUMN_TWICE));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.invalid("the header row is not valid", duplicates);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw ApiException.invalid("too many rows", List.of(new FieldError("file", ImportFileRules.TOO_MANY_ROWS)));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int column = 0; column < Math.min(record.size(), headers.size()); column++) {
                cells.put(headers.get(column), record.get(column).strip());
            }
            rows.add(new Row(i + 1, cells));
        }
        return new TableFile(headers, rows);
    }
}
