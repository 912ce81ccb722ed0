package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.agents.Role;
import java.util.List;

/** Body of {@code POST /api/v1/ticket-views} and {@code PUT /api/v1/ticket-views/{id}} (with the {@code version} it was read at). */
public record SavedViewInput(String name, ViewConditions conditions, List<String> columns, String sort, String groupBy,
                             ViewVisibility visibility, Role role, Long groupId, Long version) {
}
