package dev.switchboard.app.levels;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.levels.CustomerLevelRules;
import dev.switchboard.shared.levels.NewCustomerLevel;
import dev.switchboard.shared.problem.FieldError;
import java.util.Map;

/** Customer levels in the reader's language: the shared rules' refusals (protocol constants) as messages, a level as the stale panes show it. */
final class LevelWords {

    /** The shared rules' messages and the bundle keys that word them. */
    private static final Map<String, String> MESSAGES = Map.of(
            CustomerLevelRules.NAME_MESSAGE, "customerLevels.error.name",
            CustomerLevelRules.NAME_TAKEN, "customerLevels.error.nameTaken",
            CustomerLevelRules.NAME_IN_USE, "customerLevels.error.nameInUse",
            CustomerLevelRules.DESCRIPTION_MESSAGE, "customerLevels.error.description",
            CustomerLevelRules.PRIORITY_MESSAGE, "customerLevels.error.queuePriority",
            CustomerLevelRules.COLOR_MESSAGE, "customerLevels.error.color",
            CustomerLevelRules.POSITION_MESSAGE, "customerLevels.error.position");

    private final I18n i18n;

    LevelWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** The refusal worded for people; a message this workstation does not know (a newer backend's) as the backend wrote it. */
    FieldError word(FieldError error) {
        String key = MESSAGES.get(error.message());
        return key == null ? error : new FieldError(error.field(), i18n.get(key, CustomerLevelRules.PRIORITY_MIN, CustomerLevelRules.PRIORITY_MAX));
    }

    /** One fact a line, as the stale-edit panes set the two versions side by side. */
    String describe(NewCustomerLevel level) {
        return i18n.get("customerLevels.field.name") + ": " + text(level.name()) + "\n"
                + i18n.get("customerLevels.field.queuePriority") + ": " + (level.queuePriority() == null ? "" : level.queuePriority()) + "\n"
                + i18n.get("customerLevels.field.color") + ": " + text(level.color()) + "\n"
                + i18n.get("customerLevels.field.position") + ": " + (level.position() == null ? "" : level.position()) + "\n"
                + i18n.get("customerLevels.field.description") + ": " + text(level.description());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
