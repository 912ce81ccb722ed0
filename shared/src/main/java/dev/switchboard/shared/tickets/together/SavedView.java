package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.agents.Role;
import java.util.List;

/**
 * A saved ticket view ({@code /api/v1/ticket-views}): conditions, the list's columns, sort and
 * grouping, and who it is for. {@code ownerId} is who made it; {@code version} goes up with every change.
 *
 * @param sort    a sort of {@code GET /api/v1/tickets} ({@code -updatedAt}, {@code priority}, ...)
 * @param groupBy a column the list groups rows by, or null
 * @param role    with {@link ViewVisibility#ROLE}: the least role it is for
 * @param groupId with {@link ViewVisibility#GROUP}: the group it is for
 */
public record SavedView(long id, String name, ViewConditions conditions, List<String> columns, String sort, String groupBy,
                        ViewVisibility visibility, Role role, Long groupId, long ownerId, long version) {

    public SavedView {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
