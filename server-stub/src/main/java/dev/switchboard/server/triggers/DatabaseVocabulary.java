package dev.switchboard.server.triggers;

import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.FieldType;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.triggers.RuleVocabulary;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** {@link RuleVocabulary}'s lookups answered from the database, in the caller's transaction. */
final class DatabaseVocabulary implements RuleVocabulary {

    private final Handle handle;

    DatabaseVocabulary(Handle handle) {
        this.handle = handle;
    }

    @Override
    public boolean statusExists(String key) {
        return count("SELECT COUNT(*) FROM ticket_status WHERE status_key = :v", key);
    }

    @Override
    public boolean categoryExists(long id) {
        return count("SELECT COUNT(*) FROM ticket_category WHERE id = :v", id);
    }

    @Override
    public boolean groupExists(long id) {
        return count("SELECT COUNT(*) FROM agent_group WHERE id = :v", id);
    }

    @Override
    public boolean agentExists(long id) {
        return count("SELECT COUNT(*) FROM agent WHERE id = :v", id);
    }

    @Override
    public Optional<TicketField> customField(String key) {
        return handle.createQuery("SELECT id, field_type, options, required, category_id, enabled FROM ticket_field WHERE field_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> new TicketField(rs.getLong("id"), key, key, key, FieldType.valueOf(rs.getString("field_type")),
                        options(rs.getString("options")), rs.getBoolean("required"), (Long) rs.getObject("category_id", Long.class), 0,
                        rs.getBoolean("enabled"), 0))
                .findOne();
    }

    private boolean count(String sql, Object value) {
        return handle.createQuery(sql).bind("v", value).mapTo(Long.class).one() > 0;
    }

    private static List<String> options(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(Json.mapper().readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("ticket_field.options is not a JSON array: " + json, e);
        }
    }
}
