package dev.switchboard.shared.visitors;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What makes a pre-chat form valid: an administrator's typo must not break every visitor's widget.
 * The backend refuses a form that breaks these rules; the workstation's form editor checks the same
 * before it sends. Errors name the field as {@code <prefix>fields[i].<part>} ({@code fields[0].key}
 * for {@code PUT .../prechat-form}, {@code prechat.fields[0].key} inside a site).
 */
public final class PrechatFormRules {

    public static final int MAX_FIELDS = 20;
    public static final int MAX_LABEL = 60;
    public static final int MAX_OPTIONS = 30;
    public static final int MAX_OPTION = 60;
    public static final int MAX_PATTERN = 200;
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public static final String TOO_MANY_FIELDS = "at most " + MAX_FIELDS + " fields";
    public static final String REQUIRED = "required";
    public static final String BAD_KEY = "1 to 32 lower-case letters, digits or '_', starting with a letter";
    public static final String KEY_TWICE = "used twice";
    public static final String BAD_LABEL = "1 to " + MAX_LABEL + " characters";
    public static final String LABEL_TOO_LONG = "at most " + MAX_LABEL + " characters";
    public static final String BAD_OPTIONS = "1 to " + MAX_OPTIONS + " options of 1 to " + MAX_OPTION + " characters";
    public static final String OPTION_TWICE = "an option is listed twice";
    public static final String OPTIONS_NOT_ALLOWED = "only a choice has options";
    public static final String ONE_ROUTING_FIELD = "only one field can feed routing";
    public static final String PATTERN_TOO_LONG = "at most " + MAX_PATTERN + " characters";
    public static final String BAD_PATTERN = "not a valid regular expression";

    private PrechatFormRules() {
    }

    public static List<FieldError> check(PrechatForm form) {
        return check(form, "");
    }

    /** What is wrong with {@code form}, each error's field prefixed with {@code prefix}; empty when nothing is. */
    public static List<FieldError> check(PrechatForm form, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (form.fields().size() > MAX_FIELDS) {
            errors.add(new FieldError(prefix + "fields", TOO_MANY_FIELDS));
            return errors;
        }
        Set<String> keys = new HashSet<>();
        boolean routed = false;
        for (int i = 0; i < form.fields().size(); i++) {
            PrechatField field = form.fields().get(i);
            String at = prefix + "fields[" + i + "]";
            if (field == null) {
                errors.add(new FieldError(at, REQUIRED));
                continue;
            }
            if (field.key() == null || !KEY.matcher(field.key()).matches()) {
                errors.add(new FieldError(at + ".key", BAD_KEY));
            } else if (!keys.add(field.key())) {
                errors.add(new FieldError(at + ".key", KEY_TWICE));
            }
            if (field.type() == null) {
                errors.add(new FieldError(at + ".type", REQUIRED));
            } else if (field.type() == PrechatField.FieldType.QUESTION_TYPE) {
                if (routed) {
                    errors.add(new FieldError(at + ".type", ONE_ROUTING_FIELD));
                }
                routed = true;
            }
            if (field.label() == null || field.label().isBlank() || field.label().length() > MAX_LABEL) {
                errors.add(new FieldError(at + ".label", BAD_LABEL));
            }
            if (field.labelZh() != null && field.labelZh().length() > MAX_LABEL) {
                errors.add(new FieldError(at + ".labelZh", LABEL_TOO_LONG));
            }
            checkOptions(field, at, errors);
            checkPattern(field.pattern(), at, errors);
        }
        return errors;
    }

    private static void checkOptions(PrechatField field, String at, List<FieldError> errors) {
        boolean choice = field.type() != null && field.type().isChoice();
        List<String> options = field.options();
        if (!choice) {
            if (options != null && !options.isEmpty()) {
                errors.add(new FieldError(at + ".options", OPTIONS_NOT_ALLOWED));
            }
            return;
        }
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > MAX_OPTION)) {
            errors.add(new FieldError(at + ".options", BAD_OPTIONS));
        } else if (new HashSet<>(options).size() < options.size()) {
            errors.add(new FieldError(at + ".options", OPTION_TWICE));
        }
    }

    private static void checkPattern(String pattern, String at, List<FieldError> errors) {
        if (pattern == null) {
            return;
        }
        if (pattern.length() > MAX_PATTERN) {
            errors.add(new FieldError(at + ".pattern", PATTERN_TOO_LONG));
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            errors.add(new FieldError(at + ".pattern", BAD_PATTERN + ": " + e.getDescription()));
        }
    }
}
