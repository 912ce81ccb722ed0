package dev.switchboard.shared.imports;

import java.util.List;

/**
 * One row of an imported file as the backend read it.
 *
 * @param row     the row's number as a spreadsheet shows it (the header is row 1)
 * @param key     what identifies it: the login, or a reply's group and shortcut
 * @param changes the columns an {@link ImportAction#UPDATE} changes
 * @param errors  each wrong cell, named by its column, with why as a code and in English
 */
public record ImportRow(int row, String key, ImportAction action, List<String> changes, List<ImportError> errors) {

    public ImportRow {
        changes = changes == null ? List.of() : List.copyOf(changes);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
