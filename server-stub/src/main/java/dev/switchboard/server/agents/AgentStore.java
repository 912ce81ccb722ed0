package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Account;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for {@code agent} and its group memberships. Callers own the transaction. */
final class AgentStore {

    private static final String COLUMNS = "id, login, display_name, role, max_chats, status, enabled, version";

    List<Agent> all(Handle handle) {
        Map<Long, List<Long>> memberships = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id FROM agent_group_member ORDER BY group_id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> memberships.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT " + COLUMNS + " FROM agent ORDER BY id")
                .map((rs, ctx) -> toAgent(rs, memberships.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<Agent> find(Handle handle, long id) {
        List<Long> groups = handle.createQuery("SELECT group_id FROM agent_group_member WHERE agent_id = :id ORDER BY group_id")
                .bind("id", id).mapTo(Long.class).list();
        return handle.createQuery("SELECT " + COLUMNS + " FROM agent WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> toAgent(rs, groups))
                .findOne();
    }

    Optional<Account> account(Handle handle, String login) {
        return handle.createQuery("SELECT id, login, role, password_hash, enabled FROM agent WHERE login = :login")
                .bind("login", login)
                .map((rs, ctx) -> new Account(rs.getLong("id"), rs.getString("login"), Role.valueOf(rs.getString("role")),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .findOne();
    }

    boolean loginExists(Handle handle, String login) {
        return handle.createQuery("SELECT COUNT(*) FROM agent WHERE login = :login").bind("login", login).mapTo(Long.class).one() > 0;
    }

    long count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM agent").mapTo(Long.class).one();
    }

    long insert(Handle handle, String login, String displayName, String passwordHash, Role role, int maxChats, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO agent (login, display_name, password_hash, role, max_chats, chosen_status, status, enabled, version, created_at)
                        VALUES (:login, :name, :hash, :role, :maxChats, 'ONLINE', 'OFFLINE', TRUE, 1, :now)""")
                .bind("login", login)
                .bind("name", displayName)
                .bind("hash", passwordHash)
                .bind("role", role.name())
                .bind("maxChats", maxChats)
                .bind("now", now)
                .executeAndReturnGeneratedKeys()
                .mapTo(Long.class)
                .one();
    }

    /** Writes the editable fields of {@code agent} and raises its version by one. */
    void update(Handle handle, Agent agent) {
        handle.createUpdate("""
                        UPDATE agent SET display_name = :name, role = :role, max_chats = :maxChats, enabled = :enabled,
                               version = version + 1
                        WHERE id = :id""")
                .bind("name", agent.displayName())
                .bind("role", agent.role().name())
                .bind("maxChats", agent.maxChats())
                .bind("enabled", agent.enabled())
                .bind("id", agent.id())
                .execute();
    }

    void updatePasswordHash(Handle handle, long id, String hash) {
        handle.createUpdate("UPDATE agent SET password_hash = :hash WHERE id = :id").bind("hash", hash).bind("id", id).execute();
    }

    void replaceGroups(Handle handle, long agentId, Collection<Long> groupIds) {
        handle.createUpdate("DELETE FROM agent_group_member WHERE agent_id = :id").bind("id", agentId).execute();
        for (long groupId : groupIds) {
            handle.createUpdate("INSERT INTO agent_group_member (agent_id, group_id) VALUES (:agent, :group)")
                    .bind("agent", agentId).bind("group", groupId).execute();
        }
    }

    AgentStatus chosenStatus(Handle handle, long id) {
        return handle.createQuery("SELECT chosen_status FROM agent WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> AgentStatus.valueOf(rs.getString(1))).one();
    }

    /** Sets the picked and the visible status; answers false when nothing changed. */
    boolean updateStatus(Handle handle, long id, AgentStatus chosen, AgentStatus visible) {
        return handle.createUpdate("""
                        UPDATE agent SET chosen_status = :chosen, status = :visible, version = version + 1
                        WHERE id = :id AND (chosen_status <> :chosen OR status <> :visible)""")
                .bind("chosen", chosen.name())
                .bind("visible", visible.name())
                .bind("id", id)
                .execute() > 0;
    }

    List<Long> idsNotOffline(Handle handle) {
        return handle.createQuery("SELECT id FROM agent WHERE status <> 'OFFLINE'").mapTo(Long.class).list();
    }

    private static Agent toAgent(ResultSet rs, List<Long> groups) throws SQLException {
        return new Agent(
                rs.getLong("id"),
                rs.getString("login"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                groups,
                rs.getInt("max_chats"),
                AgentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("enabled"),
                rs.getLong("version"));
    }
}
