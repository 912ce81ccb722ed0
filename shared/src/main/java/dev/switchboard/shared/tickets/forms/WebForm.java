package dev.switchboard.shared.tickets.forms;

import java.util.List;

/**
 * A web form administrators define ({@code /api/v1/web-forms}); visitors fill it at
 * {@code /forms/{key}} and each submission becomes a ticket of channel web form.
 *
 * @param key        the form's name in its address: {@code /forms/{key}}
 * @param site       the site it belongs to: pages of the site's allowed origins may embed it
 * @param categoryId the category of its tickets (null: none); its custom fields are the ones the form may ask
 * @param fieldKeys  the custom fields it asks, in this order; the required fields of the category are asked in any case
 * @param groupId    the group its tickets go to (null: none)
 * @param enabled    a disabled form answers 404 to visitors
 */
public record WebForm(long id, String key, String site, String title, Long categoryId, List<String> fieldKeys, Long groupId, boolean enabled,
                      long version) {

    /** The change log's name for web forms (administrators only), recorded on every create, change and delete. */
    public static final String ENTITY = "web_form";

    public WebForm {
        fieldKeys = fieldKeys == null ? List.of() : List.copyOf(fieldKeys);
    }
}
