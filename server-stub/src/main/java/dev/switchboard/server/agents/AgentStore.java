package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Account;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.SkillChange;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for {@code agent} and its group memberships. Callers own the transaction. */
final class AgentStore {

    /** One row of {@code agent_group_member}. */
    public record Membership(long agentId, long groupId, int skill) {
    }

    /** An agent's own columns; the groups and skills come from {@code agent_group_member}. */
    public record AgentRow(long id, String login, String displayName, Role role, int maxChats, AgentStatus status, boolean enabled,
                           long version, Long statusReasonId, String avatar, long accountVersion) {

        Agent withSkills(Map<Long, Integer> skills) {
            return new Agent(id, login, displayName, role, List.copyOf(skills.keySet()), skills, maxChats, status, enabled, version,
                    statusReasonId, avatar, accountVersion);
        }
    }

    /** The status an agent picked (with its reason) and the one everyone sees. */
    public record StatusRow(AgentStatus chosenStatus, Long statusReasonId, AgentStatus status) {
    }

    private static final String COLUMNS =
            "id, login, display_name, role, max_chats, status, enabled, version, status_reason_id, avatar, account_version";
    private static final RowMapper<StatusRow> STATUSES = RecordMapper.of(StatusRow.class);
    private static final RowMapper<Membership> MEMBERSHIPS = RecordMapper.of(Membership.class);
    private static final RowMapper<AgentRow> AGENTS = RecordMapper.of(AgentRow.class);
    private static final RowMapper<Account> ACCOUNTS = RecordMapper.of(Account.class);

    List<Agent> all(Handle handle) {
        Map<Long, Map<Long, Integer>> memberships = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id, skill FROM agent_group_member")
                .map(MEMBERSHIPS)
                .forEach(m -> memberships.computeIfAbsent(m.agentId(), k -> new TreeMap<>()).put(m.groupId(), m.skill()));
        return handle.createQuery("SELECT " + COLUMNS + " FROM agent ORDER BY id")
                .map(AGENTS)
                .map(row -> row.withSkills(memberships.getOrDefault(row.id(), Map.of())))
                .list();
    }

    Optional<Agent> find(Handle handle, long id) {
        Map<Long, Integer> skills = new TreeMap<>();
        handle.createQuery("SELECT agent_id, group_id, skill FROM agent_group_member WHERE agent_id = :id")
                .bind("id", id).map(MEMBERSHIPS).forEach(m -> skills.put(m.groupId(), m.skill()));
        return handle.createQuery("SELECT " + COLUMNS + " FROM agent WHERE id = :id")
                .bind("id", id)
                .map(AGENTS)
                .map(row -> row.withSkills(skills))
                .findOne();
    }

    Optional<Account> account(Handle handle, String login) {
        return handle.createQuery("SELECT id, login, role, password_hash, enabled FROM agent WHERE login = :login")
                .bind("login", login)
                .map(ACCOUNTS)
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

    /** Writes the editable fields of {@code agent} and raises its version and account version by one. */
    void update(Handle handle, Agent agent) {
        handle.createUpdate("""
                        UPDATE agent SET display_name = :name, role = :role, max_chats = :maxChats, enabled = :enabled,
                               version = version + 1, account_version = account_version + 1
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

    /**
     * Makes the agent a member of exactly these groups; groups they stay in keep the agent's skill
     * there. Answers the groups the agent joined or left: their members changed (ADR 0021).
     */
    Set<Long> replaceGroups(Handle handle, long agentId, Collection<Long> groupIds) {
        Set<Long> current = Set.copyOf(handle.createQuery("SELECT group_id FROM agent_group_member WHERE agent_id = :id")
                .bind("id", agentId).mapTo(Long.class).list());
        Set<Long> changed = new TreeSet<>();
        for (long groupId : current) {
            if (!groupIds.contains(groupId)) {
                handle.createUpdate("DELETE FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                        .bind("agent", agentId).bind("group", groupId).execute();
                changed.add(groupId);
            }
        }
        for (long groupId : groupIds) {
            if (!current.contains(groupId)) {
                handle.createUpdate("INSERT INTO agent_group_member (agent_id, group_id, skill) VALUES (:agent, :group, :skill)")
                        .bind("agent", agentId).bind("group", groupId).bind("skill", SkillChange.DEFAULT).execute();
                changed.add(groupId);
            }
        }
        return changed;
    }

    boolean isMember(Handle handle, long agentId, long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", agentId).bind("group", groupId).mapTo(Long.class).one() > 0;
    }

    /** Sets the agent's skill in a group they are a member of and raises the agent's versions; false when they are not a member. */
    boolean updateSkill(Handle handle, long agentId, long groupId, int skill) {
        boolean changed = writeSkill(handle, agentId, groupId, skill);
        if (changed) {
            raiseVersions(handle, agentId);
        }
        return changed;
    }

    /** Sets the agent's skill in a group without touching the versions (the caller raises them); false when not a member. */
    boolean writeSkill(Handle handle, long agentId, long groupId, int skill) {
        return handle.createUpdate("UPDATE agent_group_member SET skill = :skill WHERE agent_id = :agent AND group_id = :group")
                .bind("skill", skill).bind("agent", agentId).bind("group", groupId).execute() > 0;
    }

    /** The agent's own change of their name. */
    void updateDisplayName(Handle handle, long id, String displayName) {
        handle.createUpdate("UPDATE agent SET display_name = :name WHERE id = :id").bind("name", displayName).bind("id", id).execute();
        raiseVersions(handle, id);
    }

    /** Names the agent's current picture (null: none). */
    void updateAvatar(Handle handle, long id, String tag) {
        handle.createUpdate("UPDATE agent SET avatar = :tag WHERE id = :id").bindByType("tag", tag, String.class).bind("id", id).execute();
        raiseVersions(handle, id);
    }

    /** A change of the account: the sync's version and the one editors compare. */
    private static void raiseVersions(Handle handle, long id) {
        handle.createUpdate("UPDATE agent SET version = version + 1, account_version = account_version + 1 WHERE id = :id")
                .bind("id", id).execute();
    }

    StatusRow statusOf(Handle handle, long id) {
        return handle.createQuery("SELECT chosen_status, status_reason_id, status FROM agent WHERE id = :id").bind("id", id)
                .map(STATUSES).one();
    }

    /** Sets the picked status with its reason, and the visible status. */
    void updateStatus(Handle handle, long id, AgentStatus chosen, Long reasonId, AgentStatus visible) {
        handle.createUpdate("""
                        UPDATE agent SET chosen_status = :chosen, status_reason_id = :reason, status = :visible, version = version + 1
                        WHERE id = :id""")
                .bind("chosen", chosen.name())
                .bindByType("reason", reasonId, Long.class)
                .bind("visible", visible.name())
                .bind("id", id)
                .execute();
    }

    List<Long> idsNotOffline(Handle handle) {
        return handle.createQuery("SELECT id FROM agent WHERE status <> 'OFFLINE'").mapTo(Long.class).list();
    }
}
