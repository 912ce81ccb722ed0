package dev.switchboard.app.tickets.fields;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CustomFieldRules;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.List;
import java.util.Optional;

/**
 * The shared custom field rules' messages (and the backend's, which are the same) in the reader's
 * language, by what is wrong with which type of field; errors of other fields pass through.
 */
public final class CustomFieldWords {

    private CustomFieldWords() {
    }

    public static List<FieldError> word(List<FieldError> errors, CustomFieldEdits form, I18n i18n) {
        return errors.stream().map(error -> word(error, form, i18n)).toList();
    }

    public static FieldError word(FieldError error, CustomFieldEdits form, I18n i18n) {
        if (error.field() == null || !error.field().startsWith(TicketPatch.CUSTOM_FIELD_PREFIX)) {
            return error;
        }
        Optional<TicketField> field = form.field(error.field().substring(TicketPatch.CUSTOM_FIELD_PREFIX.length()));
        String message = switch (error.message()) {
            case CustomFieldRules.REQUIRED -> i18n.get("tickets.customField.required");
            case CustomFieldRules.UNKNOWN -> i18n.get("tickets.customField.unknown");
            case CustomFieldRules.DISABLED -> i18n.get("tickets.customField.disabled");
            default -> field.map(known -> switch (known.type()) {
                case TEXT -> i18n.get("tickets.customField.text", CustomFieldRules.TEXT_MAX);
                case NUMBER -> i18n.get("tickets.customField.number");
                case DATE -> i18n.get("tickets.customField.date");
                case DROPDOWN, MULTI_SELECT -> i18n.get("tickets.customField.options", String.join(", ", known.options()));
                case CHECKBOX -> i18n.get("tickets.customField.checkbox");
            }).orElse(error.message());
        };
        return new FieldError(error.field(), message);
    }
}
