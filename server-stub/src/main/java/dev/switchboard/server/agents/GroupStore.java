package dev.switchboard.server.agents;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.groups.GroupMember;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for {@code agent_group}. Callers own the transaction. */
final class GroupStore {

    private static final RowMapper<Group> GROUPS = RecordMapper.of(Group.class);

    List<Group> all(Handle handle) {
        return handle.createQuery("SELECT id, name, description, version FROM agent_group ORDER BY id")
                .map(GROUPS)
                .list();
    }

    Optional<Group> find(Handle handle, long id) {
        return handle.createQuery("SELECT id, name, description, version FROM agent_group WHERE id = :id")
                .bind("id", id)
                .map(GROUPS)
                .findOne();
    }

    Optional<Long> idOfName(Handle handle, String name) {
        return handle.createQuery("SELECT id FROM agent_group WHERE name = :name").bind("name", name).mapTo(Long.class).findOne();
    }

    /** The ids among {@code ids} that name no group. */
    Set<Long> unknown(Handle handle, Collection<Long> ids) {
        Set<Long> missing = new HashSet<>(ids);
        if (!ids.isEmpty()) {
            missing.removeAll(handle.createQuery("SELECT id FROM agent_group WHERE id IN (<ids>)")
                    .bindList("ids", List.copyOf(ids)).mapTo(Long.class).list());
        }
        return missing;
    }

    long insert(Handle handle, String name, String description, Instant now) {
        return handle.createUpdate("INSERT INTO agent_group (name, description, version, created_at) VALUES (:name, :description, 1, :now)")
                .bind("name", name)
                .bind("description", description)
                .bind("now", now)
                .executeAndReturnGeneratedKeys()
                .mapTo(Long.class)
                .one();
    }

    /** The group's chat settings, kept in its row. */
    public record ChatColumns(RoutingStrategy strategy, int acceptTimeoutSeconds, int maxWaitSeconds) {
    }

    private static final RowMapper<ChatColumns> CHAT_COLUMNS = RecordMapper.of(ChatColumns.class);
    private static final RowMapper<GroupMember> MEMBERS = RecordMapper.of(GroupMember.class);

    Optional<ChatColumns> chatColumns(Handle handle, long id) {
        return handle.createQuery("SELECT strategy, accept_timeout_seconds, max_wait_seconds FROM agent_group WHERE id = :id")
                .bind("id", id).map(CHAT_COLUMNS).findOne();
    }

    /** The group's members with their skill there, by agent id. */
    List<GroupMember> members(Handle handle, long id) {
        return handle.createQuery("SELECT agent_id, skill FROM agent_group_member WHERE group_id = :id ORDER BY agent_id")
                .bind("id", id).map(MEMBERS).list();
    }

    /** Writes the group's row and raises its version. */
    void updateSetup(Handle handle, long id, String name, String description, ChatColumns chat) {
        handle.createUpdate("""
                        UPDATE agent_group SET name = :name, description = :description, strategy = :strategy,
                        accept_timeout_seconds = :accept, max_wait_seconds = :wait, version = version + 1 WHERE id = :id""")
                .bind("name", name).bind("description", description).bind("strategy", chat.strategy().name())
                .bind("accept", chat.acceptTimeoutSeconds()).bind("wait", chat.maxWaitSeconds()).bind("id", id)
                .execute();
    }

    void addMember(Handle handle, long groupId, long agentId, int skill) {
        handle.createUpdate("INSERT INTO agent_group_member (agent_id, group_id, skill) VALUES (:agent, :group, :skill)")
                .bind("agent", agentId).bind("group", groupId).bind("skill", skill).execute();
    }

    void removeMember(Handle handle, long groupId, long agentId) {
        handle.createUpdate("DELETE FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", agentId).bind("group", groupId).execute();
    }

    void setSkill(Handle handle, long groupId, long agentId, int skill) {
        handle.createUpdate("UPDATE agent_group_member SET skill = :skill WHERE agent_id = :agent AND group_id = :group")
                .bind("skill", skill).bind("agent", agentId).bind("group", groupId).execute();
    }

    /** Deletes the group's row: its members and everything else that points at it must be gone. */
    void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM agent_group WHERE id = :id").bind("id", id).execute();
    }

    void update(Handle handle, Group group) {
        handle.createUpdate("UPDATE agent_group SET name = :name, description = :description, version = version + 1 WHERE id = :id")
                .bind("name", group.name())
                .bind("description", group.description())
                .bind("id", group.id())
                .execute();
    }
}
