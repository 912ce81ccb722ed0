package dev.switchboard.server.audit;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.audit.AuditEntry;
import dev.switchboard.shared.audit.AuditPage;
import dev.switchboard.shared.audit.AuditQuery;
import dev.switchboard.shared.problem.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Who did what to whom: blocks, lifts and other actions administrators must be able to trace. */
public final class AuditLog {

    /** One audit entry as administrators read it. */
    public record Entry(long id, Instant at, Long actorId, String action, String target, String detail) {
    }

    private static final RowMapper<Entry> ENTRIES = RecordMapper.of(Entry.class);
    private static final RowMapper<AuditEntry> FOUND = RecordMapper.of(AuditEntry.class);

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records an entry in the caller's transaction, so the action and its trace commit together. */
    public void record(Handle handle, Long actorId, String action, String target, String detail) {
        handle.createUpdate("INSERT INTO audit_log (at, actor_id, action, target, detail) VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", clock.instant())
                .bind("actor", actorId)
                .bind("action", action)
                .bind("target", target)
                .bind("detail", detail)
                .execute();
    }

    /**
     * A page of the entries the query finds, newest first, below entry {@code before} (null: from
     * the newest); 400 for a query that breaks the shared rules.
     */
    public AuditPage search(Principal caller, AuditQuery query, Long before, int limit) {
        caller.require(Role.ADMIN);
        List<FieldError> problems = query.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid("the audit search is not valid", problems);
        }
        StringBuilder sql = new StringBuilder("SELECT l.id, l.at, l.actor_id, a.display_name AS actor_name, l.action, l.target, l.detail"
                + " FROM audit_log l LEFT JOIN agent a ON a.id = l.actor_id WHERE 1 = 1");
        Map<String, Object> bindings = new LinkedHashMap<>();
        condition(sql, bindings, before, " AND l.id < :before", "before");
        condition(sql, bindings, query.actorId(), " AND l.actor_id = :actor", "actor");
        // prefixes, with LIKE's own wildcards escaped: "chat." finds chat.take and chat.transfer, not "chatty"
        condition(sql, bindings, query.action() == null ? null : prefix(query.action()), " AND l.action LIKE :action ESCAPE '!'", "action");
        condition(sql, bindings, query.target() == null ? null : prefix(query.target()), " AND l.target LIKE :target ESCAPE '!'", "target");
        condition(sql, bindings, query.from(), " AND l.at >= :from", "from");
        condition(sql, bindings, query.to(), " AND l.at < :to", "to");
        sql.append(" ORDER BY l.id DESC LIMIT :limit");
        bindings.put("limit", limit + 1);
        List<AuditEntry> found = jdbi.withHandle(handle -> handle.createQuery(sql.toString()).bindMap(bindings).map(FOUND).list());
        boolean more = found.size() > limit;
        List<AuditEntry> page = more ? found.subList(0, limit) : found;
        return new AuditPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    private static void condition(StringBuilder sql, Map<String, Object> bindings, Object value, String clause, String name) {
        if (value != null) {
            sql.append(clause);
            bindings.put(name, value);
        }
    }

    private static String prefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public List<Entry> after(Principal caller, long after, int limit) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, at, actor_id, action, target, detail FROM audit_log WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", after)
                .bind("limit", limit)
                .map(ENTRIES)
                .list());
    }
}
