package dev.switchboard.server.audit;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Who did what to whom: blocks, lifts and other actions administrators must be able to trace. */
public final class AuditLog {

    /** One audit entry as administrators read it. */
    public record Entry(long id, Instant at, Long actorId, String action, String target, String detail) {
    }

    private static final RowMapper<Entry> ENTRIES = RecordMapper.of(Entry.class);

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
