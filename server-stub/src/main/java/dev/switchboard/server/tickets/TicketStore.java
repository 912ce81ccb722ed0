package dev.switchboard.server.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The SQL of tickets, their tags, related tickets and history; works in the caller's transaction. */
final class TicketStore {

    private static final String SELECT_HEAD = "SELECT t.id, t.number, t.subject, t.description, t.requester_id, c.name AS requester_name,";
    private static final String SELECT_TAIL = " t.category_id, t.priority, t.status, t.assignee_id, t.group_id, t.channel, t.conversation_id,"
            + " t.parent_id, t.custom_fields, t.version, t.created_by, t.created_at, t.updated_at, t.sla, t.pending_until"
            + " FROM ticket t JOIN customer c ON c.id = t.requester_id";
    /** The ticket's columns with its requester; queries add their WHERE, ORDER BY and paging. */
    static final String SELECT = SELECT_HEAD
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'EMAIL') AS requester_email,"
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'PHONE') AS requester_phone,"
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'VISITOR') AS requester_visitor_id,"
            + SELECT_TAIL;
    /** The same without the requesters' contacts, which {@link #idRange} reads for a whole page at once. */
    private static final String SELECT_WITHOUT_CONTACTS = SELECT_HEAD
            + " CAST(NULL AS VARCHAR(254)) AS requester_email, CAST(NULL AS VARCHAR(254)) AS requester_phone,"
            + " CAST(NULL AS VARCHAR(254)) AS requester_visitor_id," + SELECT_TAIL;
    private static final RowMapper<TicketRow> ROWS = RecordMapper.of(TicketRow.class);
    private static final RowMapper<TicketHistoryEntry> HISTORY = RecordMapper.of(TicketHistoryEntry.class);

    private TicketStore() {
    }

    static Optional<Ticket> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE t.id = :id").bind("id", id).map(ROWS).findOne()
                .map(row -> complete(handle, List.of(row)).get(0));
    }

    /** The ticket, its row locked until the transaction ends: changes of one ticket on any node wait for each other. */
    static Optional<Ticket> lock(Handle handle, long id) {
        boolean exists = handle.createQuery("SELECT id FROM ticket WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne().isPresent();
        return exists ? find(handle, id) : Optional.empty();
    }

    static Optional<Ticket> findByClientId(Handle handle, String clientId) {
        return handle.createQuery(SELECT + " WHERE t.client_id = :clientId").bind("clientId", clientId).map(ROWS).findOne()
                .map(row -> complete(handle, List.of(row)).get(0));
    }

    /** The tickets a query's SQL finds, in its order, with their tags and related tickets. */
    static List<Ticket> query(Handle handle, String sql, Map<String, Object> bindings) {
        var query = handle.createQuery(sql);
        bindings.forEach(query::bind);
        return complete(handle, query.map(ROWS).list());
    }

    /**
     * Up to {@code limit} tickets with an id above {@code afterId} that {@code condition} (SQL on
     * {@code ticket t}) admits, by id: pages of thousands for a workstation's first fill. Set-based
     * for speed: the requesters' contacts, tags and related tickets of the page are read by the page's
     * id range in one query each, instead of three subqueries per row and lists of thousands of ids
     * (which made 100,000 tickets take tens of seconds on H2).
     */
    static List<Ticket> idRange(Handle handle, long afterId, int limit, String condition, Map<String, Object> bindings) {
        var query = handle.createQuery(SELECT_WITHOUT_CONTACTS + " WHERE t.id > :after AND " + condition + " ORDER BY t.id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit);
        bindings.forEach(query::bind);
        List<TicketRow> rows = query.map(ROWS).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        long last = rows.get(rows.size() - 1).id();
        Map<Long, Map<String, String>> contacts = new HashMap<>();
        // IN (subquery), not a join: H2 would scan every contact and probe the page's tickets
        handle.createQuery("SELECT customer_id, kind, MIN(contact_value) FROM customer_contact"
                        + " WHERE customer_id IN (SELECT requester_id FROM ticket WHERE id > :after AND id <= :last) GROUP BY customer_id, kind")
                .bind("after", afterId).bind("last", last)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), Map.entry(rs.getString(2), rs.getString(3))))
                .forEach(entry -> contacts.computeIfAbsent(entry.getKey(), key -> new HashMap<>()).put(entry.getValue().getKey(), entry.getValue().getValue()));
        Map<Long, List<String>> tags = inRange(handle, "SELECT ticket_id, tag FROM ticket_tag", afterId, last, "tag", String.class);
        Map<Long, List<Long>> related = inRange(handle, "SELECT ticket_id, other_id FROM ticket_related", afterId, last, "other_id", Long.class);
        return rows.stream().map(row -> {
            Map<String, String> of = contacts.getOrDefault(row.requesterId(), Map.of());
            return row.withContacts(of.get("EMAIL"), of.get("PHONE"), of.get("VISITOR"))
                    .toTicket(tags.getOrDefault(row.id(), List.of()), related.getOrDefault(row.id(), List.of()));
        }).toList();
    }

    private static <T> Map<Long, List<T>> inRange(Handle handle, String select, long afterId, long last, String order, Class<T> type) {
        Map<Long, List<T>> grouped = new HashMap<>();
        handle.createQuery(select + " WHERE ticket_id > :after AND ticket_id <= :last ORDER BY ticket_id, " + order)
                .bind("after", afterId).bind("last", last)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, type)))
                .forEach(entry -> grouped.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }

    record NewRow(String number, String subject, String description, long requesterId, Long categoryId, String priority, String status,
                  Long assigneeId, Long groupId, String channel, Long conversationId, Long parentId, Map<String, Object> customFields,
                  Long createdBy, String clientId, Instant at) {
    }

    static long insert(Handle handle, NewRow row) {
        return handle.createUpdate("INSERT INTO ticket (number, subject, description, requester_id, category_id, priority, status,"
                        + " assignee_id, group_id, channel, conversation_id, parent_id, custom_fields, version, created_by, client_id,"
                        + " created_at, updated_at) VALUES (:number, :subject, :description, :requesterId, :categoryId, :priority, :status,"
                        + " :assigneeId, :groupId, :channel, :conversationId, :parentId, :customFields, 1, :createdBy, :clientId, :at, :at)")
                .bind("number", row.number()).bind("subject", row.subject()).bind("description", row.description())
                .bind("requesterId", row.requesterId()).bind("categoryId", row.categoryId()).bind("priority", row.priority())
                .bind("status", row.status()).bind("assigneeId", row.assigneeId()).bind("groupId", row.groupId())
                .bind("channel", row.channel()).bind("conversationId", row.conversationId()).bind("parentId", row.parentId())
                .bind("customFields", json(row.customFields())).bind("createdBy", row.createdBy()).bind("clientId", row.clientId())
                .bind("at", row.at())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Writes the editable fields of {@code ticket} with its new version. */
    static void update(Handle handle, Ticket ticket) {
        handle.createUpdate("UPDATE ticket SET subject = :subject, description = :description, category_id = :categoryId,"
                        + " priority = :priority, status = :status, assignee_id = :assigneeId, group_id = :groupId, parent_id = :parentId,"
                        + " custom_fields = :customFields, version = :version, updated_at = :updatedAt,"
                        // a new reminder time is a new reminder (even the same instant again after it was cleared)
                        + " pending_reminded_until = CASE WHEN pending_until = :pendingUntil THEN pending_reminded_until ELSE NULL END,"
                        + " pending_until = :pendingUntil WHERE id = :id")
                .bind("subject", ticket.subject()).bind("description", ticket.description()).bind("categoryId", ticket.categoryId())
                .bind("priority", ticket.priority().name()).bind("status", ticket.status()).bind("assigneeId", ticket.assigneeId())
                .bind("groupId", ticket.groupId()).bind("parentId", ticket.parentId()).bind("customFields", json(ticket.customFields()))
                .bind("version", ticket.version()).bind("updatedAt", ticket.updatedAt()).bind("pendingUntil", ticket.pendingUntil())
                .bind("id", ticket.id())
                .execute();
    }

    /** Moves the ticket to the next version without changing a field of its own row (a link made from the other side). */
    static void touch(Handle handle, long id, long version, Instant at) {
        handle.createUpdate("UPDATE ticket SET version = :version, updated_at = :at WHERE id = :id")
                .bind("version", version).bind("at", at).bind("id", id).execute();
    }

    static void replaceTags(Handle handle, long ticketId, List<String> tags) {
        handle.createUpdate("DELETE FROM ticket_tag WHERE ticket_id = :id").bind("id", ticketId).execute();
        for (String tag : tags) {
            handle.createUpdate("INSERT INTO ticket_tag (ticket_id, tag) VALUES (:id, :tag)").bind("id", ticketId).bind("tag", tag).execute();
        }
    }

    /** Links two tickets as related, both ways. */
    static void relate(Handle handle, long one, long other) {
        for (long[] pair : new long[][] {{one, other}, {other, one}}) {
            handle.createUpdate("INSERT INTO ticket_related (ticket_id, other_id) VALUES (:a, :b)").bind("a", pair[0]).bind("b", pair[1]).execute();
        }
    }

    static void unrelate(Handle handle, long one, long other) {
        handle.createUpdate("DELETE FROM ticket_related WHERE (ticket_id = :a AND other_id = :b) OR (ticket_id = :b AND other_id = :a)")
                .bind("a", one).bind("b", other).execute();
    }

    /** One history row: a field's change made by {@code agentId} (null: the system), or by a rule when {@code rule} is set. */
    record Change(String field, String from, String to) {
    }

    static void history(Handle handle, long ticketId, long version, List<Change> changes, Long agentId, String rule, Instant at) {
        for (Change change : changes) {
            handle.createUpdate("INSERT INTO ticket_history (ticket_id, version, field, from_value, to_value, agent_id, rule_name, at)"
                            + " VALUES (:ticket, :version, :field, :from, :to, :agent, :rule, :at)")
                    .bind("ticket", ticketId).bind("version", version).bind("field", change.field()).bind("from", change.from())
                    .bind("to", change.to()).bind("agent", agentId).bind("rule", rule).bind("at", at)
                    .execute();
        }
    }

    /**
     * The fields changed by versions after {@code version}, other than {@code except} (the versions a
     * synced change's own outbox made): what a change made from that version may collide with.
     */
    static Set<String> fieldsChangedAfter(Handle handle, long ticketId, long version, Set<Long> except) {
        var query = handle.createQuery("SELECT DISTINCT field FROM ticket_history WHERE ticket_id = :id AND version > :version"
                + (except.isEmpty() ? "" : " AND version NOT IN (<except>)")).bind("id", ticketId).bind("version", version);
        if (!except.isEmpty()) {
            query.bindList("except", List.copyOf(except));
        }
        return Set.copyOf(query.mapTo(String.class).list());
    }

    static List<TicketHistoryEntry> history(Handle handle, long ticketId) {
        return handle.createQuery("SELECT h.id, h.ticket_id, h.version, h.field, h.from_value, h.to_value, h.agent_id,"
                        + " a.display_name AS agent_name, h.rule_name AS rule, h.at"
                        + " FROM ticket_history h LEFT JOIN agent a ON a.id = h.agent_id WHERE h.ticket_id = :id ORDER BY h.id")
                .bind("id", ticketId).map(HISTORY).list();
    }

    private static List<Ticket> complete(Handle handle, List<TicketRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(TicketRow::id).toList();
        Map<Long, List<String>> tags = grouped(handle, "SELECT ticket_id, tag FROM ticket_tag WHERE ticket_id IN (<ids>) ORDER BY tag", ids, String.class);
        Map<Long, List<Long>> related = grouped(handle, "SELECT ticket_id, other_id FROM ticket_related WHERE ticket_id IN (<ids>) ORDER BY other_id",
                ids, Long.class);
        return rows.stream().map(row -> row.toTicket(tags.getOrDefault(row.id(), List.of()), related.getOrDefault(row.id(), List.of()))).toList();
    }

    private static <T> Map<Long, List<T>> grouped(Handle handle, String sql, Collection<Long> ids, Class<T> type) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        handle.createQuery(sql).bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, type)))
                .forEach(entry -> grouped.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }

    static String json(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom field values do not write as JSON", e);
        }
    }
}
