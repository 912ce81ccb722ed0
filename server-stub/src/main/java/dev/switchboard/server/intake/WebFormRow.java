package dev.switchboard.server.intake;

import dev.switchboard.shared.tickets.forms.WebForm;
import java.util.List;
import org.jdbi.v3.json.Json;

/** A row of {@code web_form}. */
public record WebFormRow(long id, String formKey, String site, String title, Long categoryId, @Json List<String> fieldKeys, Long groupId,
                         boolean enabled, long version) {

    WebForm form() {
        return new WebForm(id, formKey, site, title, categoryId, fieldKeys, groupId, enabled, version);
    }
}
