package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** The SQL of the offline ticket tables (V60), inside the caller's cache transaction. */
final class OfflineRows {

    private OfflineRows() {
    }

    // --- the backend's copies

    /** Stores {@code ticket} unless a newer version is kept; answers whether it was stored. */
    static boolean keepTicket(Handle handle, Ticket ticket) {
        Optional<Long> known = handle.createQuery("SELECT version FROM offline_ticket WHERE id = :id").bind("id", ticket.id())
                .mapTo(Long.class).findOne();
        if (known.isPresent() && known.get() > ticket.version()) {
            return false;
        }
        handle.createUpdate("MERGE INTO offline_ticket (id, version, updated_at, data) KEY (id) VALUES (:id, :version, :updatedAt, :data)")
                .bind("id", ticket.id()).bind("version", ticket.version())
                .bind("updatedAt", ticket.updatedAt() == null ? null : Timestamp.from(ticket.updatedAt()))
                .bind("data", ProtocolJson.write(ticket)).execute();
        return true;
    }

    static Optional<Ticket> ticket(Handle handle, long id) {
        return handle.createQuery("SELECT data FROM offline_ticket WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .map(json -> ProtocolJson.read(json, Ticket.class));
    }

    static List<Ticket> tickets(Handle handle) {
        return handle.createQuery("SELECT data FROM offline_ticket").mapTo(String.class).map(json -> ProtocolJson.read(json, Ticket.class)).list();
    }

    static Optional<String> localKeyOf(Handle handle, long id) {
        return handle.createQuery("SELECT local_key FROM offline_ticket WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .filter(key -> key != null);
    }

    static void forgetTicket(Handle handle, long id) {
        handle.createUpdate("DELETE FROM offline_ticket_comment WHERE ticket_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM offline_ticket WHERE id = :id").bind("id", id).execute();
    }

    static boolean keepComment(Handle handle, TicketComment comment) {
        return handle.createUpdate("MERGE INTO offline_ticket_comment (id, ticket_id, data) KEY (id) VALUES (:id, :ticketId, :data)")
                .bind("id", comment.id()).bind("ticketId", comment.ticketId()).bind("data", ProtocolJson.write(comment)).execute() > 0;
    }

    static List<TicketComment> comments(Handle handle, long ticketId) {
        return handle.createQuery("SELECT data FROM offline_ticket_comment WHERE ticket_id = :id ORDER BY id").bind("id", ticketId)
                .mapTo(String.class).map(json -> ProtocolJson.read(json, TicketComment.class)).list();
    }

    static void keepTerms(Handle handle, String kind, String json) {
        handle.createUpdate("MERGE INTO offline_ticket_terms (kind, data) KEY (kind) VALUES (:kind, :data)").bind("kind", kind)
                .bind("data", json).execute();
    }

    static Optional<String> terms(Handle handle, String kind) {
        return handle.createQuery("SELECT data FROM offline_ticket_terms WHERE kind = :kind").bind("kind", kind).mapTo(String.class).findOne();
    }

    // --- the sync client and its outbox

    static String clientId(Handle handle, String account) {
        Optional<String> known = handle.createQuery("SELECT client_id FROM ticket_sync_client WHERE account = :account")
                .bind("account", account).mapTo(String.class).findOne();
        if (known.isPresent()) {
            return known.get();
        }
        String made = UUID.randomUUID().toString();
        handle.createUpdate("INSERT INTO ticket_sync_client (account, client_id, next_mutation_id) VALUES (:account, :id, 1)")
                .bind("account", account).bind("id", made).execute();
        return made;
    }

    /** The next mutation id of {@code account}'s client, taken for good. */
    static long takeMutationId(Handle handle, String account) {
        clientId(handle, account);
        long next = handle.createQuery("SELECT next_mutation_id FROM ticket_sync_client WHERE account = :account")
                .bind("account", account).mapTo(Long.class).one();
        handle.createUpdate("UPDATE ticket_sync_client SET next_mutation_id = :next WHERE account = :account")
                .bind("next", next + 1).bind("account", account).execute();
        return next;
    }

    static void insert(Handle handle, String account, OutboxEntry entry) {
        handle.createUpdate("INSERT INTO ticket_outbox (mutation_id, account, kind, ticket_id, local_key, body, base_version, made_at)"
                        + " VALUES (:id, :account, :kind, :ticketId, :localKey, :body, :base, :madeAt)")
                .bind("id", entry.mutationId()).bind("account", account).bind("kind", entry.kind().name())
                .bind("ticketId", entry.ticketId()).bind("localKey", entry.localKey()).bind("body", entry.body())
                .bind("base", entry.baseVersion()).bind("madeAt", Timestamp.from(entry.madeAt())).execute();
    }

    static void replaceBody(Handle handle, long mutationId, String body) {
        handle.createUpdate("UPDATE ticket_outbox SET body = :body WHERE mutation_id = :id").bind("body", body).bind("id", mutationId).execute();
    }

    static void remove(Handle handle, long mutationId) {
        handle.createUpdate("DELETE FROM ticket_outbox WHERE mutation_id = :id").bind("id", mutationId).execute();
    }

    /** {@code account}'s entries, oldest first, at most {@code limit}. */
    static List<OutboxEntry> outbox(Handle handle, String account, int limit) {
        return handle.createQuery("SELECT mutation_id, kind, ticket_id, local_key, body, base_version, made_at FROM ticket_outbox"
                        + " WHERE account = :account ORDER BY mutation_id LIMIT :limit")
                .bind("account", account).bind("limit", limit)
                .map((rs, ctx) -> new OutboxEntry(rs.getLong("mutation_id"), TicketMutationKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("ticket_id", Long.class), rs.getString("local_key"), rs.getString("body"),
                        (Long) rs.getObject("base_version", Long.class), rs.getTimestamp("made_at").toInstant()))
                .list();
    }

    static int pending(Handle handle, String account) {
        return handle.createQuery("SELECT COUNT(*) FROM ticket_outbox WHERE account = :account").bind("account", account)
                .mapTo(Integer.class).one();
    }

    // --- tickets made here and numbered by the backend

    record Numbered(long ticketId, String number, long createdVersion) {
    }

    static void number(Handle handle, String localKey, long createMutation, Ticket ticket) {
        handle.createUpdate("MERGE INTO ticket_local_key (local_key, create_mutation, ticket_id, number, created_version) KEY (local_key)"
                        + " VALUES (:key, :mutation, :id, :number, :version)")
                .bind("key", localKey).bind("mutation", createMutation).bind("id", ticket.id()).bind("number", ticket.number()).bind("version", ticket.version()).execute();
        handle.createUpdate("UPDATE offline_ticket SET local_key = :key WHERE id = :id").bind("key", localKey).bind("id", ticket.id()).execute();
    }

    static Optional<Numbered> numbered(Handle handle, String localKey) {
        return handle.createQuery("SELECT ticket_id, number, created_version FROM ticket_local_key WHERE local_key = :key")
                .bind("key", localKey)
                .map((rs, ctx) -> new Numbered(rs.getLong("ticket_id"), rs.getString("number"), rs.getLong("created_version")))
                .findOne();
    }

    /** The ticket a provisional id (minus its create's mutation id) turned into, once numbered. */
    static Optional<Numbered> numberedFrom(Handle handle, long createMutation) {
        return handle.createQuery("SELECT ticket_id, number, created_version FROM ticket_local_key WHERE create_mutation = :mutation")
                .bind("mutation", createMutation)
                .map((rs, ctx) -> new Numbered(rs.getLong("ticket_id"), rs.getString("number"), rs.getLong("created_version")))
                .findOne();
    }
}
