package dev.switchboard.shared.levels;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sites.WidgetColors;
import dev.switchboard.shared.visitors.CustomerLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a customer level valid, checked by the backend (the authority) and by the
 * workstation's editor before it sends. Field names are the JSON field names; messages are protocol
 * constants, which the workstation words in the reader's language. That a name is not taken by
 * another level is the backend's check alone ({@link #NAME_TAKEN}, with 409).
 */
public final class CustomerLevelRules {

    public static final int DESCRIPTION_MAX = 200;
    public static final int PRIORITY_MIN = 0;
    public static final int PRIORITY_MAX = 100;
    public static final int POSITION_MAX = 10_000;

    public static final String NAME_MESSAGE = "1 to " + CustomerLevels.MAX_LENGTH + " characters, no control characters";
    public static final String NAME_TAKEN = "another level has this name (names are compared ignoring case)";
    /** A rename refused while routing rules match the old name; the refusal's detail names the rules. */
    public static final String NAME_IN_USE = "routing rules match the current name: change them first";
    public static final String DESCRIPTION_MESSAGE = "at most " + DESCRIPTION_MAX + " characters, no control characters but line breaks";
    public static final String PRIORITY_MESSAGE = "required: a whole number from " + PRIORITY_MIN + " to " + PRIORITY_MAX;
    public static final String COLOR_MESSAGE = "a colour as #rrggbb, or none";
    public static final String POSITION_MESSAGE = "0 to " + POSITION_MAX;
    public static final String VERSION_REQUIRED = "required: the version the level was read with";

    private CustomerLevelRules() {
    }

    /**
     * The fields that are wrong, empty when the level may be stored (its name still has to be free).
     *
     * @param replacing a {@code PUT}: the version read must come with it
     */
    public static List<FieldError> check(NewCustomerLevel level, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (!CustomerLevels.isValid(level.name() == null ? null : level.name().strip())) {
            errors.add(new FieldError("name", NAME_MESSAGE));
        }
        String description = level.description();
        if (description != null && (description.strip().length() > DESCRIPTION_MAX
                || description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'))) {
            errors.add(new FieldError("description", DESCRIPTION_MESSAGE));
        }
        if (level.queuePriority() == null || level.queuePriority() < PRIORITY_MIN || level.queuePriority() > PRIORITY_MAX) {
            errors.add(new FieldError("queuePriority", PRIORITY_MESSAGE));
        }
        if (level.color() != null && !level.color().isBlank() && !WidgetColors.isColor(level.color().strip())) {
            errors.add(new FieldError("color", COLOR_MESSAGE));
        }
        if (level.position() != null && (level.position() < 0 || level.position() > POSITION_MAX)) {
            errors.add(new FieldError("position", POSITION_MESSAGE));
        }
        if (replacing && level.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    /** What two names are compared by: the name without surrounding blanks, in lower case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The level as stored: blanks stripped, an empty description or colour as none, the colour in lower case. */
    public static NewCustomerLevel normalize(NewCustomerLevel level) {
        return new NewCustomerLevel(level.name() == null ? null : level.name().strip(), blankToNull(level.description()), level.queuePriority(),
                level.color() == null || level.color().isBlank() ? null : WidgetColors.normalized(level.color().strip()),
                level.position(), level.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
