package dev.switchboard.shared.tickets.forms;

import java.util.List;

/**
 * Body of {@code POST /api/v1/web-forms} and {@code PUT /api/v1/web-forms/{id}} (with the
 * {@code version} it was read at). {@code enabled} defaults to true.
 */
public record NewWebForm(String key, String site, String title, Long categoryId, List<String> fieldKeys, Long groupId, Boolean enabled,
                         Long version) {
}
