package dev.switchboard.shared.tickets.together;

import dev.switchboard.shared.tickets.TicketPriority;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a saved view: the filters of {@code GET /api/v1/tickets}, each optional (null or
 * empty: any). {@link #query()} writes them as that endpoint's query parameters, so a view lists
 * exactly what the list filters would.
 *
 * @param statuses   status keys
 * @param assignee   {@code me}, {@code none} or an agent id
 * @param group      {@code none} or a group id
 * @param sla        {@code at-risk} or an SLA state
 */
public record ViewConditions(List<String> statuses, List<TicketPriority> priorities, String assignee, String group, Long categoryId,
                             String tag, String text, String sla) {

    public static final ViewConditions ANY = new ViewConditions(List.of(), List.of(), null, null, null, null, null, null);

    public ViewConditions {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    /** The query parameters of {@code GET /api/v1/tickets} that find the view's tickets (without sort and paging). */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            query.put("status", String.join(",", statuses));
        }
        if (!priorities.isEmpty()) {
            query.put("priority", String.join(",", priorities.stream().map(Enum::name).toList()));
        }
        put(query, "assignee", assignee);
        put(query, "group", group);
        put(query, "category", categoryId == null ? null : categoryId.toString());
        put(query, "tag", tag);
        put(query, "text", text);
        put(query, "sla", sla);
        return query;
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }
}
