package dev.switchboard.shared.tickets.forms;

import dev.switchboard.shared.tickets.FieldType;
import java.util.List;

/**
 * What the form page reads to draw itself ({@code GET /api/v1/forms/{key}}, no session): the title,
 * the custom fields it asks with their names in both languages, and the limits of its files.
 */
public record PublicWebForm(String key, String title, List<Field> fields, int maxFiles, long maxFileBytes) {

    /** A custom field as the page asks it. */
    public record Field(String key, String name, String nameZh, FieldType type, List<String> options, boolean required) {
    }
}
