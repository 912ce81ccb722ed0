package dev.switchboard.shared.tickets;

import java.util.List;

/**
 * Body of {@code POST /api/v1/ticket-fields} and {@code PUT /api/v1/ticket-fields/{id}}: key, both
 * names and type are required (key and type stay as they are on a replacement, which carries the
 * {@code version} it was read at); {@code options} for dropdown and multi-select fields;
 * {@code required} defaults to false, {@code enabled} to true, {@code position} to last.
 */
public record NewTicketField(String key, String name, String nameZh, FieldType type, List<String> options, Boolean required,
                             Long categoryId, Integer position, Boolean enabled, Long version) {
}
