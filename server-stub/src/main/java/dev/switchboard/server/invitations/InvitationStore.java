package dev.switchboard.server.invitations;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.InvitationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for {@code invitation}. */
final class InvitationStore {

    /** An invitation still waiting for an answer. */
    public record Open(long id, String visitorId) {
    }

    private static final RowMapper<Open> OPEN = RecordMapper.of(Open.class);
    private static final RowMapper<Invitation> INVITATIONS = RecordMapper.of(Invitation.class);

    long insert(Handle handle, String visitorId, long visitId, String message, Long agentId, Long ruleId, boolean forced, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO invitation (visitor_id, visit_id, message, agent_id, rule_id, forced, outcome, created_at)
                        VALUES (:visitor, :visit, :message, :agent, :rule, :forced, 'SENT', :now)""")
                .bind("visitor", visitorId).bind("visit", visitId).bind("message", message).bind("agent", agentId)
                .bind("rule", ruleId).bind("forced", forced).bind("now", now)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /** Records what the visitor did; false when the invitation is not theirs or is already answered. */
    boolean recordOutcome(Handle handle, long id, String visitorId, InvitationOutcome outcome, Instant now) {
        String column = outcome == InvitationOutcome.SHOWN ? "shown_at" : "answered_at";
        String allowedBefore = outcome == InvitationOutcome.SHOWN ? "('SENT')" : "('SENT', 'SHOWN')";
        return handle.createUpdate("UPDATE invitation SET outcome = :outcome, " + column + " = :now"
                        + " WHERE id = :id AND visitor_id = :visitor AND outcome IN " + allowedBefore)
                .bind("outcome", outcome.name()).bind("now", now).bind("id", id).bind("visitor", visitorId)
                .execute() > 0;
    }

    List<Open> expireBefore(Handle handle, Instant cutoff) {
        List<Open> open = handle.createQuery("SELECT id, visitor_id FROM invitation WHERE outcome IN ('SENT', 'SHOWN') AND created_at < :cutoff")
                .bind("cutoff", cutoff).map(OPEN).list();
        if (!open.isEmpty()) {
            handle.createUpdate("UPDATE invitation SET outcome = 'EXPIRED' WHERE outcome IN ('SENT', 'SHOWN') AND created_at < :cutoff")
                    .bind("cutoff", cutoff).execute();
        }
        return open;
    }

    Optional<Invitation> find(Handle handle, long id) {
        return handle.createQuery("""
                        SELECT i.id, i.visitor_id, i.message, i.agent_id, a.display_name AS agent_name, i.rule_id, i.forced, i.outcome, i.created_at
                        FROM invitation i LEFT JOIN agent a ON a.id = i.agent_id WHERE i.id = :id""")
                .bind("id", id)
                .map(INVITATIONS)
                .findOne();
    }

    Optional<Instant> lastAutomatic(Handle handle, String visitorId) {
        return handle.createQuery("SELECT MAX(created_at) FROM invitation WHERE visitor_id = :visitor AND rule_id IS NOT NULL")
                .bind("visitor", visitorId)
                .mapTo(Instant.class)
                .findOne();
    }
}
