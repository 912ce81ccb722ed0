package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketPage;
import dev.switchboard.shared.tickets.TicketPriority;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Lists the tickets a caller may see that a {@link TicketQuery} finds, one page at a time with the
 * total. A category finds its tickets and those of the categories below it. Portable SQL only (H2 and
 * PostgreSQL): LIKE with an explicit escape ('!': Jdbi's parser reads a backslash as escaping the quote), LIMIT/OFFSET, CASE for the priority's order.
 */
final class TicketSearch {

    private final Jdbi jdbi;
    private final TicketAccess access;

    TicketSearch(Jdbi jdbi, TicketAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    TicketPage search(Principal caller, TicketQuery query) {
        TicketAccess.Scope scope = access.scope(caller);
        return jdbi.withHandle(handle -> {
            Map<String, Object> bindings = new HashMap<>();
            StringBuilder where = new StringBuilder(" WHERE ").append(scope.sql(bindings));
            in(where, bindings, "t.status", "status", query.statuses());
            in(where, bindings, "t.priority", "priority", query.priorities().stream().map(TicketPriority::name).toList());
            reference(where, bindings, "t.assignee_id", "assignee", query.assignee());
            reference(where, bindings, "t.group_id", "group", query.group());
            if (query.requester() != null) {
                where.append(" AND t.requester_id = :requester");
                bindings.put("requester", query.requester());
            }
            if (query.parent() != null) {
                where.append(" AND t.parent_id = :parent");
                bindings.put("parent", query.parent());
            }
            if (query.category() != null) {
                in(where, bindings, "t.category_id", "category", List.copyOf(descendants(handle, query.category())));
            }
            if (!query.slaStates().isEmpty()) {
                in(where, bindings, "t.sla_state", "slaState", query.slaStates().stream().map(SlaState::name).toList());
                // warning or breached counts while a clock is owed: a ticket answered or solved late is no longer at risk
                where.append(" AND (t.sla_state NOT IN ('WARNING', 'BREACHED') OR t.sla_next_due_at IS NOT NULL)");
            }
            if (query.tag() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM ticket_tag g WHERE g.ticket_id = t.id AND g.tag = :tag)");
                bindings.put("tag", query.tag());
            }
            if (query.text() != null) {
                where.append(" AND (LOWER(t.subject) LIKE :text ESCAPE '!' OR LOWER(t.description) LIKE :text ESCAPE '!' OR t.number = :number)");
                bindings.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
                bindings.put("number", query.text().toUpperCase(Locale.ROOT));
            }
            var count = handle.createQuery("SELECT COUNT(*) FROM ticket t" + where);
            bindings.forEach(count::bind);
            long total = count.mapTo(Long.class).one();
            String sql = TicketStore.SELECT + where + " ORDER BY " + order(query.sort()) + " LIMIT :limit OFFSET :offset";
            Map<String, Object> paged = new HashMap<>(bindings);
            paged.put("limit", query.limit());
            paged.put("offset", query.offset());
            return new TicketPage(TicketStore.query(handle, sql, paged), total, query.offset(), query.limit());
        });
    }

    private static String order(String sort) {
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String column = switch (field) {
            case "number" -> "t.id";
            case "subject" -> "LOWER(t.subject)";
            case "status" -> "t.status";
            case "priority" -> "CASE t.priority WHEN 'LOW' THEN 0 WHEN 'NORMAL' THEN 1 WHEN 'HIGH' THEN 2 ELSE 3 END";
            case "createdAt" -> "t.created_at";
            // the stored next due time (V49): no evaluation per ticket; tickets with no clock counting come last either way
            case "slaDue" -> "CASE WHEN t.sla_next_due_at IS NULL THEN 1 ELSE 0 END" + (descending ? " ASC" : "") + ", t.sla_next_due_at";
            default -> "t.updated_at";
        };
        String direction = descending ? " DESC" : " ASC";
        // the id breaks ties, so pages neither repeat nor skip a ticket
        return column + direction + ", t.id" + direction;
    }

    private static void in(StringBuilder where, Map<String, Object> bindings, String column, String prefix, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String name = prefix + i;
            names.append(i == 0 ? "" : ", ").append(':').append(name);
            bindings.put(name, values.get(i));
        }
        where.append(" AND ").append(column).append(" IN (").append(names).append(')');
    }

    private static void reference(StringBuilder where, Map<String, Object> bindings, String column, String name, TicketQuery.Reference reference) {
        if (reference == null) {
            return;
        }
        if (reference.none()) {
            where.append(" AND ").append(column).append(" IS NULL");
        } else {
            where.append(" AND ").append(column).append(" = :").append(name);
            bindings.put(name, reference.id());
        }
    }

    /** The category and every category below it. */
    private static Set<Long> descendants(Handle handle, long categoryId) {
        List<TicketCategory> all = TicketSetup.categories(handle);
        Set<Long> found = new HashSet<>(Set.of(categoryId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TicketCategory category : all) {
                if (category.parentId() != null && found.contains(category.parentId()) && found.add(category.id())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
