package dev.switchboard.server.agents;

import dev.switchboard.server.infra.RecordMapper;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for {@code agent_avatar}: one picture per agent. Callers own the transaction. */
final class AvatarStore {

    /** A stored picture (always a PNG) and its tag. */
    public record StoredAvatar(String tag, byte[] content) {
    }

    private static final RowMapper<StoredAvatar> AVATARS = RecordMapper.of(StoredAvatar.class);

    Optional<StoredAvatar> find(Handle handle, long agentId) {
        return handle.createQuery("SELECT tag, content FROM agent_avatar WHERE agent_id = :id").bind("id", agentId).map(AVATARS).findOne();
    }

    void put(Handle handle, long agentId, String tag, byte[] png, Instant now) {
        handle.createUpdate("DELETE FROM agent_avatar WHERE agent_id = :id").bind("id", agentId).execute();
        handle.createUpdate("INSERT INTO agent_avatar (agent_id, tag, content, updated_at) VALUES (:id, :tag, :content, :now)")
                .bind("id", agentId).bind("tag", tag).bind("content", png).bind("now", now).execute();
    }

    boolean delete(Handle handle, long agentId) {
        return handle.createUpdate("DELETE FROM agent_avatar WHERE agent_id = :id").bind("id", agentId).execute() > 0;
    }
}
