package dev.switchboard.app.groups;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;

/** Whole numbers typed into text fields. */
final class Numbers {

    /** What the workstation says of a number field holding something else; the view shows its own words for it. */
    static final String NOT_A_NUMBER = "a whole number";

    private Numbers() {
    }

    /** The number typed, null when nothing is; something else is added to {@code errors} as {@code field}'s and read as null. */
    static Integer parse(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, NOT_A_NUMBER));
            return null;
        }
    }
}
