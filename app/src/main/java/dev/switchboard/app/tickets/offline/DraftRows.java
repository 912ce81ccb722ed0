package dev.switchboard.app.tickets.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** The SQL of {@code ticket_draft}. */
final class DraftRows {

    private DraftRows() {
    }

    static void save(Handle handle, String account, String key, String body, Instant at) {
        handle.createUpdate("MERGE INTO ticket_draft (account, draft_key, body, saved_at) KEY (account, draft_key) VALUES (:account, :key, :body, :at)")
                .bind("account", account).bind("key", key).bind("body", body).bind("at", Timestamp.from(at)).execute();
    }

    static void remove(Handle handle, String account, String key) {
        handle.createUpdate("DELETE FROM ticket_draft WHERE account = :account AND draft_key = :key").bind("account", account).bind("key", key)
                .execute();
    }

    static Map<String, String> all(Handle handle, String account) {
        return handle.createQuery("SELECT draft_key, body FROM ticket_draft WHERE account = :account").bind("account", account)
                .map((rs, ctx) -> Map.entry(rs.getString("draft_key"), rs.getString("body"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
