package dev.switchboard.shared.tickets;

import dev.switchboard.shared.problem.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Validation of custom field definitions and of the values a ticket gives them. Errors name a value
 * {@code customFields.<key>}. The backend checks with the definitions and category tree it has; the
 * workstation with those it synced.
 */
public final class CustomFieldRules {

    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 60;
    public static final int OPTIONS_MAX = 100;
    public static final int OPTION_MAX = 80;
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    public static final String UNKNOWN = "no such field for this ticket";
    public static final String DISABLED = "the field is disabled";
    public static final String REQUIRED = "required";

    private CustomFieldRules() {
    }

    public static List<FieldError> check(NewTicketField field, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (field.key() == null || !KEY.matcher(field.key()).matches()) {
            errors.add(new FieldError("key", "2 to 40 characters: lower-case letters, digits or '_', starting with a letter"));
        }
        named(errors, "name", field.name());
        named(errors, "nameZh", field.nameZh());
        if (field.type() == null) {
            errors.add(new FieldError("type", TicketRules.REQUIRED));
        }
        boolean choices = field.type() == FieldType.DROPDOWN || field.type() == FieldType.MULTI_SELECT;
        List<String> options = field.options() == null ? List.of() : field.options();
        if (choices && (options.isEmpty() || options.size() > OPTIONS_MAX || options.stream().anyMatch(option -> option == null
                || option.isBlank() || option.strip().length() > OPTION_MAX) || new HashSet<>(options).size() != options.size())) {
            errors.add(new FieldError("options", "1 to " + OPTIONS_MAX + " different options of 1 to " + OPTION_MAX + " characters"));
        }
        if (!choices && !options.isEmpty()) {
            errors.add(new FieldError("options", "only dropdown and multi-select fields have options"));
        }
        if (field.position() != null && (field.position() < 0 || field.position() > TicketSetupRules.POSITION_MAX)) {
            errors.add(new FieldError("position", TicketSetupRules.POSITION_RANGE));
        }
        if (replacing && field.version() == null) {
            errors.add(new FieldError("version", TicketRules.VERSION_REQUIRED));
        }
        return errors;
    }

    /**
     * Checks a ticket's custom field values against the definitions.
     *
     * @param applies     whether a field applies to the ticket (its category is the field's or below it)
     * @param values      the values given (a create's, or a changed ticket's whole set)
     * @param checked     the keys whose values to check for type and enablement (those given or changed)
     */
    public static List<FieldError> check(Collection<TicketField> fields, Predicate<TicketField> applies, Map<String, Object> values,
                                         Collection<String> checked) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> given = values == null ? Map.of() : values;
        for (String key : checked) {
            Optional<TicketField> field = fields.stream().filter(candidate -> candidate.key().equals(key)).findFirst();
            String name = TicketPatch.CUSTOM_FIELD_PREFIX + key;
            if (field.isEmpty() || !applies.test(field.get())) {
                errors.add(new FieldError(name, UNKNOWN));
            } else if (given.get(key) != null && !field.get().enabled()) {
                errors.add(new FieldError(name, DISABLED));
            } else if (given.get(key) != null) {
                valueError(field.get(), given.get(key)).ifPresent(message -> errors.add(new FieldError(name, message)));
            }
        }
        for (TicketField field : fields) {
            if (field.required() && field.enabled() && applies.test(field) && given.get(field.key()) == null
                    && errors.stream().noneMatch(error -> error.field().equals(TicketPatch.CUSTOM_FIELD_PREFIX + field.key()))) {
                errors.add(new FieldError(TicketPatch.CUSTOM_FIELD_PREFIX + field.key(), REQUIRED));
            }
        }
        return errors;
    }

    /** What is wrong with a (non-null) value for {@code field}, if anything. */
    public static Optional<String> valueError(TicketField field, Object value) {
        boolean fits = switch (field.type()) {
            case TEXT -> value instanceof String text && !text.isBlank() && text.length() <= TEXT_MAX;
            case NUMBER -> value instanceof Number;
            case DATE -> value instanceof String text && isDate(text);
            case DROPDOWN -> value instanceof String text && field.options().contains(text);
            case MULTI_SELECT -> value instanceof List<?> list && !list.isEmpty() && field.options().containsAll(list)
                    && new HashSet<>(list).size() == list.size();
            case CHECKBOX -> value instanceof Boolean;
        };
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(switch (field.type()) {
            case TEXT -> "1 to " + TEXT_MAX + " characters";
            case NUMBER -> "a number";
            case DATE -> "a day as yyyy-MM-dd";
            case DROPDOWN -> "one of " + field.options();
            case MULTI_SELECT -> "some of " + field.options() + ", each once";
            case CHECKBOX -> "true or false";
        });
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void named(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > NAME_MAX) {
            errors.add(new FieldError(field, "1 to " + NAME_MAX + " characters"));
        }
    }
}
