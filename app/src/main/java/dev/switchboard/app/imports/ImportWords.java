package dev.switchboard.app.imports;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.imports.ImportError;

/**
 * An imported row's errors in the reader's language: the backend sends each as a column, a code
 * and its parameters (ADR 0025), and this words them; an error without a known code is shown in
 * the backend's English, as it came.
 */
final class ImportWords {

    private final I18n i18n;

    ImportWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** The error after its column, as the column is named in the file: {@code login: also in row 2}. */
    String error(ImportError error) {
        return i18n.get("imports.error.inColumn", error.field(), reason(error));
    }

    String reason(ImportError error) {
        String key = "imports.error." + error.code().name();
        return switch (error.code()) {
            case OTHER -> error.message();
            case ALSO_IN_ROW -> i18n.get(key, error.param("row"));
            case NO_SUCH_GROUP -> i18n.get(key, error.param("names"));
            case LOGIN_FORMAT, SKILL_RANGE -> i18n.get(key, error.param("min"), error.param("max"));
            case PASSWORD_TOO_SHORT -> i18n.get(key, error.param("min"));
            case DISPLAY_NAME_FORMAT, TOO_MANY_GROUPS, MAX_CHATS_RANGE, PASSWORD_TOO_LONG, SHORTCUT_FORMAT, TITLE_LENGTH, BODY_LENGTH,
                 CATEGORY_FORMAT -> i18n.get(key, error.param("max"));
            case REQUIRED, ROLE_UNKNOWN, NOT_TRUE_OR_FALSE, PASSWORD_TOO_COMMON, PASSWORD_OF_EXISTING_ACCOUNT, OWN_ACCOUNT,
                 NOT_YOUR_GROUP -> i18n.get(key);
        };
    }
}
