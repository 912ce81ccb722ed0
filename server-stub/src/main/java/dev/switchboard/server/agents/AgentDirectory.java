package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Account;
import dev.switchboard.server.auth.Accounts;
import dev.switchboard.shared.agents.Agent;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Access to accounts for the auth feature (reading, and an agent's own password change), which must not depend on agent editing. */
public final class AgentDirectory implements Accounts {

    private final Jdbi jdbi;
    private final AgentStore store = new AgentStore();

    public AgentDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        return jdbi.withHandle(handle -> store.account(handle, login));
    }

    /**
     * Whether some ONLINE agent of the group can take a chat now. Until conversations exist, an
     * agent's capacity is their chat limit; the chat feature will subtract their open chats.
     */
    public boolean hasFreeAgent(long groupId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM agent a JOIN agent_group_member m ON m.agent_id = a.id
                        WHERE m.group_id = :group AND a.status = 'ONLINE' AND a.enabled AND a.max_chats > 0""")
                .bind("group", groupId).mapTo(Long.class).one()) > 0;
    }

    /** Whether any agent at all can take a chat now: the widget offers chat or "leave a message". */
    public boolean anyAgentAvailable() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM agent WHERE status = 'ONLINE' AND enabled AND max_chats > 0")
                .mapTo(Long.class).one()) > 0;
    }

    public java.util.Set<Long> groupsOf(long agentId) {
        return java.util.Set.copyOf(jdbi.withHandle(handle -> handle.createQuery("SELECT group_id FROM agent_group_member WHERE agent_id = :id")
                .bind("id", agentId).mapTo(Long.class).list()));
    }

    public Optional<String> groupName(long groupId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT name FROM agent_group WHERE id = :id").bind("id", groupId)
                .mapTo(String.class).findOne());
    }

    /** One agent who is shown OFFLINE, and since when (null when no status interval says: before intervals were kept). */
    public record Offline(long agentId, java.time.Instant since) {
    }

    /** Of these agents, those shown OFFLINE, with since when. */
    public java.util.List<Offline> offline(java.util.Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return java.util.List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT a.id AS agent_id, i.started_at AS since FROM agent a
                        LEFT JOIN agent_status_interval i ON i.agent_id = a.id AND i.ended_at IS NULL
                        WHERE a.status = 'OFFLINE' AND a.id IN (<ids>)""")
                .bindList("ids", java.util.List.copyOf(agentIds)).map(OFFLINE).list());
    }

    /** Whether the agent signed out: none of their sessions is left that was not ended (by a sign-out or revocation) and has not run out. */
    public boolean signedOut(long agentId, java.time.Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM auth_session WHERE agent_id = :agent AND revoked_at IS NULL AND expires_at > :now")
                .bind("agent", agentId).bind("now", now).mapTo(Long.class).one()) == 0;
    }

    private static final org.jdbi.v3.core.mapper.RowMapper<Offline> OFFLINE = dev.switchboard.server.infra.RecordMapper.of(Offline.class);

    @Override
    public void changePasswordHash(long agentId, String passwordHash) {
        jdbi.useHandle(handle -> store.updatePasswordHash(handle, agentId, passwordHash));
    }

    @Override
    public Optional<Agent> findAgent(long agentId) {
        return jdbi.withHandle(handle -> store.find(handle, agentId));
    }
}
