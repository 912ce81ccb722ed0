package dev.switchboard.server.agents;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Group;
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

    void update(Handle handle, Group group) {
        handle.createUpdate("UPDATE agent_group SET name = :name, description = :description, version = version + 1 WHERE id = :id")
                .bind("name", group.name())
                .bind("description", group.description())
                .bind("id", group.id())
                .execute();
    }
}
