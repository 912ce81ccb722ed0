package dev.switchboard.server.sites;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What makes a pre-chat form valid: an administrator's typo must not break every visitor's widget. */
final class PrechatRules {

    static final int MAX_FIELDS = 20;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private PrechatRules() {
    }

    static List<FieldError> check(PrechatForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.fields().size() > MAX_FIELDS) {
            errors.add(new FieldError("fields", "at most " + MAX_FIELDS + " fields"));
            return errors;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            PrechatField field = form.fields().get(i);
            String at = "fields[" + i + "]";
            if (field == null) {
                errors.add(new FieldError(at, "required"));
                continue;
            }
            if (field.key() == null || !KEY.matcher(field.key()).matches()) {
                errors.add(new FieldError(at + ".key", "1 to 32 lower-case letters, digits or '_', starting with a letter"));
            } else if (!keys.add(field.key())) {
                errors.add(new FieldError(at + ".key", "used twice"));
            }
            if (field.type() == null) {
                errors.add(new FieldError(at + ".type", "required"));
            }
            if (field.label() == null || field.label().isBlank() || field.label().length() > 60) {
                errors.add(new FieldError(at + ".label", "1 to 60 characters"));
            }
            if (field.labelZh() != null && field.labelZh().length() > 60) {
                errors.add(new FieldError(at + ".labelZh", "at most 60 characters"));
            }
            if (field.type() == PrechatField.FieldType.QUESTION_TYPE
                    && (field.options() == null || field.options().isEmpty() || field.options().size() > 30
                    || field.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 60))) {
                errors.add(new FieldError(at + ".options", "1 to 30 options of 1 to 60 characters"));
            }
            if (field.pattern() != null) {
                try {
                    Pattern.compile(field.pattern());
                    if (field.pattern().length() > 200) {
                        errors.add(new FieldError(at + ".pattern", "at most 200 characters"));
                    }
                } catch (PatternSyntaxException e) {
                    errors.add(new FieldError(at + ".pattern", "not a valid regular expression: " + e.getDescription()));
                }
            }
        }
        return errors;
    }
}
