package dev.switchboard.app.cannedadmin;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;

/** The canned-reply rules' refusals and a reply as the stale-edit panes show it, in the reader's language. */
final class CannedWords {

    private final I18n i18n;

    CannedWords(I18n i18n) {
        this.i18n = i18n;
    }

    FieldError word(FieldError error) {
        String key = switch (error.message()) {
            case CannedReplyRules.SHORTCUT_MESSAGE -> "cannedLibrary.error.shortcut";
            case CannedReplyRules.SHORTCUT_TAKEN -> "cannedLibrary.error.shortcutTaken";
            case CannedReplyRules.TITLE_MESSAGE -> "cannedLibrary.error.title";
            case CannedReplyRules.BODY_MESSAGE -> "cannedLibrary.error.body";
            case CannedReplyRules.CATEGORY_MESSAGE -> "cannedLibrary.error.category";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key));
    }

    List<FieldError> word(List<FieldError> errors) {
        return errors.stream().map(this::word).toList();
    }

    String describe(String shortcut, String title, String category, String body) {
        return i18n.get("cannedLibrary.describe", shortcut, title, category == null || category.isBlank() ? "—" : category, body);
    }
}
