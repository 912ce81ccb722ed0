package dev.switchboard.app.webforms;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.forms.NewWebForm;
import dev.switchboard.shared.tickets.forms.WebFormRules;
import java.util.Map;

/** Web forms in the reader's language: one for the stale-version pane, and the shared rules' and the backend's refusals. */
final class WebFormWords {

    /** The backend's own checks, beyond the shared rules (see the intake package's WebForms). */
    static final String KEY_TAKEN = "another form has this key";
    static final String SITE_UNKNOWN = "an existing site";
    static final String CATEGORY_UNKNOWN = "an existing category";
    static final String GROUP_UNKNOWN = "an existing group";
    static final String FIELDS_FOREIGN = "enabled custom fields of the form's category";

    private final I18n i18n;

    WebFormWords(I18n i18n) {
        this.i18n = i18n;
    }

    String describe(NewWebForm form, Map<Long, TicketCategory> categories, Map<Long, Group> groups) {
        TicketCategory category = form.categoryId() == null ? null : categories.get(form.categoryId());
        Group group = form.groupId() == null ? null : groups.get(form.groupId());
        return line("webForms.field.key", form.key()) + line("webForms.field.site", form.site()) + line("webForms.field.title", form.title())
                + line("webForms.field.category", category == null ? "" : category.name(i18n.locale()))
                + line("webForms.field.fields", form.fieldKeys() == null ? "" : String.join(", ", form.fieldKeys()))
                + line("webForms.field.group", group == null ? "" : group.name())
                + i18n.get("webForms.field.enabled") + ": " + i18n.get(form.enabled() == null || form.enabled() ? "webForms.yes" : "webForms.no");
    }

    /** A refusal's message in the reader's language; one the workstation does not know is shown as sent. */
    FieldError word(FieldError error) {
        String message = error.message();
        String key;
        if (message.startsWith(FIELDS_FOREIGN)) {
            key = "webForms.error.fieldsForeign";
        } else if (message.equals("1 to " + WebFormRules.TITLE_MAX + " characters")) {
            return new FieldError(error.field(), i18n.get("webForms.error.title", WebFormRules.TITLE_MAX));
        } else if (message.equals("at most " + WebFormRules.FIELDS_MAX + " different custom field keys")) {
            return new FieldError(error.field(), i18n.get("webForms.error.fields", WebFormRules.FIELDS_MAX));
        } else {
            key = switch (message) {
                case WebFormRules.KEY_FORMAT -> "webForms.error.key";
                case TicketRules.REQUIRED -> "webForms.error.required";
                case TicketRules.VERSION_REQUIRED -> "webForms.error.version";
                case KEY_TAKEN -> "webForms.error.keyTaken";
                case SITE_UNKNOWN -> "webForms.error.site";
                case CATEGORY_UNKNOWN -> "webForms.error.category";
                case GROUP_UNKNOWN -> "webForms.error.group";
                default -> null;
            };
        }
        return key == null ? error : new FieldError(error.field(), i18n.get(key));
    }

    private String line(String key, String value) {
        return i18n.get(key) + ": " + (value == null ? "" : value) + "\n";
    }
}
