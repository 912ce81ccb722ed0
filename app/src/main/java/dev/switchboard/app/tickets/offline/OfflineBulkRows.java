package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The set-based forms of {@link OfflineRows}' statements, for the sync's bulk: a batch of the change
 * log's tickets kept with one read of the versions known and one JDBC batch (a first fill is 100,000
 * tickets), and the outbox entries of one ticket read without reading the whole outbox (a push's
 * answer shows each ticket it touched). Same rules, fewer round trips (ADR 0038, amendment).
 */
final class OfflineBulkRows {

    /** Ids per {@code IN} list: well below what H2 parses quickly. */
    private static final int IN_LIST = 500;

    private OfflineBulkRows() {
    }

    /**
     * Stores each ticket of {@code tickets} unless a newer version is kept — the newest of an id the
     * batch names twice, the later one of equal versions, as storing them one by one would — and
     * answers those stored, each id once.
     */
    static List<Ticket> keepTickets(Handle handle, List<Ticket> tickets) {
        Map<Long, Ticket> newest = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            newest.merge(ticket.id(), ticket, (earlier, later) -> later.version() >= earlier.version() ? later : earlier);
        }
        Map<Long, Long> known = versions(handle, new ArrayList<>(newest.keySet()));
        List<Ticket> stored = new ArrayList<>(newest.size());
        for (Ticket ticket : newest.values()) {
            Long version = known.get(ticket.id());
            if (version == null || version <= ticket.version()) {
                stored.add(ticket);
            }
        }
        if (!stored.isEmpty()) {
            PreparedBatch merge = handle.prepareBatch("MERGE INTO offline_ticket (id, version, updated_at, data) KEY (id)"
                    + " VALUES (:id, :version, :updatedAt, :data)");
            for (Ticket ticket : stored) {
                merge.bind("id", ticket.id()).bind("version", ticket.version())
                        .bind("updatedAt", ticket.updatedAt() == null ? null : Timestamp.from(ticket.updatedAt()))
                        .bind("data", ProtocolJson.write(ticket)).add();
            }
            merge.execute();
        }
        return stored;
    }

    private static Map<Long, Long> versions(Handle handle, List<Long> ids) {
        Map<Long, Long> known = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            handle.createQuery("SELECT id, version FROM offline_ticket WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getLong("version")))
                    .forEach(entry -> known.put(entry.getKey(), entry.getValue()));
        }
        return known;
    }

    /**
     * {@code account}'s entries about ticket {@code id}, oldest first: for a backend id those naming it
     * and those naming the local key it was made with here; for a provisional id its create and the
     * entries naming that create's local key. What {@link OfflineTickets} overlays on that one ticket.
     */
    static List<OutboxEntry> outboxAbout(Handle handle, String account, long id) {
        String about = id > 0
                ? "(ticket_id = :id OR local_key IN (SELECT local_key FROM ticket_local_key WHERE ticket_id = :id))"
                : "(mutation_id = :create OR local_key = (SELECT local_key FROM ticket_outbox WHERE mutation_id = :create AND kind = :createKind))";
        return handle.createQuery("SELECT mutation_id, kind, ticket_id, local_key, body, base_version, made_at FROM ticket_outbox"
                        + " WHERE account = :account AND " + about + " ORDER BY mutation_id")
                .bind("account", account).bind("id", id).bind("create", -id).bind("createKind", TicketMutationKind.CREATE.name())
                .map(OfflineBulkRows::entry).list();
    }

    /** {@code account}'s entries from {@code first} to {@code last}, by mutation id. */
    static Map<Long, OutboxEntry> outboxBetween(Handle handle, String account, long first, long last) {
        Map<Long, OutboxEntry> entries = new HashMap<>();
        handle.createQuery("SELECT mutation_id, kind, ticket_id, local_key, body, base_version, made_at FROM ticket_outbox"
                        + " WHERE account = :account AND mutation_id BETWEEN :first AND :last")
                .bind("account", account).bind("first", first).bind("last", last)
                .map(OfflineBulkRows::entry).forEach(entry -> entries.put(entry.mutationId(), entry));
        return entries;
    }

    private static OutboxEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OutboxEntry(rs.getLong("mutation_id"), TicketMutationKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("ticket_id", Long.class), rs.getString("local_key"), rs.getString("body"),
                (Long) rs.getObject("base_version", Long.class), rs.getTimestamp("made_at").toInstant());
    }
}
