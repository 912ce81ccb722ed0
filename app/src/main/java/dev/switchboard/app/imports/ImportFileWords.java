package dev.switchboard.app.imports;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.imports.ImportFileRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why the backend refused a file as a whole (too big, an old Excel file, no header row, unknown,
 * missing or repeated columns), in the reader's language and next to the file field: the backend
 * says it in English with the fixed messages of {@link ImportFileRules}. A refusal of another
 * kind is left to the form's usual display.
 */
final class ImportFileWords {

    private final I18n i18n;

    ImportFileWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** The refusal's lines for the file field, or empty when it is not about the file as a whole. */
    Optional<List<FieldError>> words(ProblemException refused) {
        if (refused.is(ProblemType.PAYLOAD_TOO_LARGE)) {
            return Optional.of(List.of(onFile(i18n.get("imports.file.tooLarge", ImportFileRules.MAX_BYTES / 1024))));
        }
        if (refused.is(ProblemType.UNSUPPORTED_MEDIA_TYPE)) {
            return Optional.of(List.of(onFile(i18n.get("imports.file.oldExcel"))));
        }
        List<FieldError> errors = refused.problem().errors();
        if (!refused.is(ProblemType.VALIDATION) || errors.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (FieldError error : errors) {
            Optional<String> line = line(error);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            lines.add(line.get());
        }
        // one message of a line each: a field's several messages would otherwise run together
        return Optional.of(List.of(onFile(String.join("\n", lines))));
    }

    private Optional<String> line(FieldError error) {
        String message = error.message() == null ? "" : error.message();
        String column = ImportFileRules.BLANK_COLUMN.equals(error.field()) ? i18n.get("imports.file.blankColumn") : error.field();
        if ("file".equals(error.field())) {
            return switch (message) {
                case ImportFileRules.NEEDS_HEADER_AND_ROW -> Optional.of(i18n.get("imports.file.needsHeader"));
                case ImportFileRules.TOO_MANY_COLUMNS -> Optional.of(i18n.get("imports.file.tooManyColumns", ImportFileRules.MAX_COLUMNS));
                case ImportFileRules.TOO_MANY_ROWS -> Optional.of(i18n.get("imports.file.tooManyRows", ImportFileRules.MAX_ROWS));
                default -> Optional.empty();
            };
        }
        if (message.startsWith(ImportFileRules.UNKNOWN_COLUMN)) {
            return Optional.of(i18n.get("imports.file.unknownColumn", column, message.substring(ImportFileRules.UNKNOWN_COLUMN.length())));
        }
        if (message.equals(ImportFileRules.MISSING_COLUMN)) {
            return Optional.of(i18n.get("imports.file.missingColumn", column));
        }
        if (message.equals(ImportFileRules.COLUMN_TWICE)) {
            return Optional.of(i18n.get("imports.file.columnTwice", column));
        }
        return Optional.empty();
    }

    private static FieldError onFile(String line) {
        return new FieldError("file", line);
    }
}
