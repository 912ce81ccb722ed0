package dev.switchboard.server.auth;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** Rows of {@code auth_session}: one per login, found by the hash of its token. */
final class SessionStore {

    /** A session joined with the account state that decides whether it may still be used. */
    public record SessionRow(long id, long agentId, String login, Role role, @ColumnName("enabled") boolean agentEnabled,
                             Instant lastSeenAt, Instant expiresAt, Instant revokedAt) {
    }

    private static final RowMapper<SessionRow> SESSIONS = RecordMapper.of(SessionRow.class);

    private final Jdbi jdbi;

    SessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(String tokenHash, long agentId, Instant now, Instant expiresAt, String address) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO auth_session (token_hash, agent_id, created_at, last_seen_at, expires_at, client_address)
                        VALUES (:hash, :agent, :now, :now, :expires, :address)""")
                .bind("hash", tokenHash)
                .bind("agent", agentId)
                .bind("now", now)
                .bind("expires", expiresAt)
                .bind("address", address)
                .executeAndReturnGeneratedKeys()
                .mapTo(Long.class)
                .one());
    }

    Optional<SessionRow> findByTokenHash(String tokenHash) {
        return find("s.token_hash = :key", tokenHash);
    }

    Optional<SessionRow> findById(long id) {
        return find("s.id = :key", id);
    }

    private Optional<SessionRow> find(String condition, Object key) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.id, s.agent_id, a.login, a.role, a.enabled, s.last_seen_at, s.expires_at, s.revoked_at
                        FROM auth_session s JOIN agent a ON a.id = s.agent_id
                        WHERE """ + " " + condition)
                .bind("key", key)
                .map(SESSIONS)
                .findOne());
    }

    void touch(long id, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE auth_session SET last_seen_at = :now WHERE id = :id")
                .bind("now", now).bind("id", id).execute());
    }

    boolean revoke(long id, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE auth_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now).bind("id", id).execute()) > 0;
    }

    List<Long> revokeAllOf(long agentId, Instant now) {
        return jdbi.inTransaction(handle -> {
            List<Long> ids = handle.createQuery("SELECT id FROM auth_session WHERE agent_id = :agent AND revoked_at IS NULL")
                    .bind("agent", agentId).mapTo(Long.class).list();
            handle.createUpdate("UPDATE auth_session SET revoked_at = :now WHERE agent_id = :agent AND revoked_at IS NULL")
                    .bind("now", now).bind("agent", agentId).execute();
            return ids;
        });
    }

    /** Ends every session of the agent but {@code keep}; answers the ids of those ended. */
    List<Long> revokeOthersOf(long agentId, long keep, Instant now) {
        return jdbi.inTransaction(handle -> {
            List<Long> ids = handle.createQuery("SELECT id FROM auth_session WHERE agent_id = :agent AND id <> :keep AND revoked_at IS NULL")
                    .bind("agent", agentId).bind("keep", keep).mapTo(Long.class).list();
            handle.createUpdate("UPDATE auth_session SET revoked_at = :now WHERE agent_id = :agent AND id <> :keep AND revoked_at IS NULL")
                    .bind("now", now).bind("agent", agentId).bind("keep", keep).execute();
            return ids;
        });
    }

    /** Ended sessions are kept a while for the audit trail, then removed. */
    int deleteEndedBefore(Instant cutoff) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM auth_session WHERE expires_at < :cutoff OR revoked_at < :cutoff")
                .bind("cutoff", cutoff).execute());
    }
}
