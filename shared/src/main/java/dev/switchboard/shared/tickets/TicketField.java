package dev.switchboard.shared.tickets;

import java.util.List;

/**
 * A custom field administrators define for tickets (entity {@link #ENTITY} of the change log).
 * Tickets carry its value under {@code key} in {@code customFields}.
 *
 * @param options    the choices of a dropdown or multi-select field (empty for the other types)
 * @param required   a ticket the field applies to must have a value
 * @param categoryId the field applies to tickets of this category and those below it; null: to every ticket
 * @param enabled    a disabled field takes no new values; values already given stay on their tickets
 */
public record TicketField(long id, String key, String name, String nameZh, FieldType type, List<String> options, boolean required,
                          Long categoryId, int position, boolean enabled, long version) {

    /** The change-log entity of custom ticket fields. */
    public static final String ENTITY = "ticket_field";

    public TicketField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The name in the reader's language: Chinese for {@code zh*}, English otherwise. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : name;
    }
}
