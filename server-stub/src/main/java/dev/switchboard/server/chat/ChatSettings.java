package dev.switchboard.server.chat;

import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.agents.GroupVersion;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatPreferences;
import dev.switchboard.shared.chat.GroupChatSettings;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Groups' chat settings (administrators and the group's supervisors, ADR 0021) and agents' own chat preferences. */
final class ChatSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSettings.class);

    private static final RowMapper<GroupChatSettings> GROUP_SETTINGS = RecordMapper.of(GroupChatSettings.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;

    ChatSettings(Jdbi jdbi, ChangeLog changeLog) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
    }

    GroupChatSettings group(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> read(handle, groupId));
    }

    private static GroupChatSettings read(Handle handle, long groupId) {
        return handle.createQuery("SELECT strategy, accept_timeout_seconds, max_wait_seconds FROM agent_group WHERE id = :id")
                .bind("id", groupId)
                .map(GROUP_SETTINGS)
                .findOne().orElseThrow(() -> ApiException.notFound("group " + groupId));
    }

    GroupChatSettings updateGroup(Principal caller, long groupId, GroupChatSettings change) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = GroupRules.check(change, false);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the chat settings are not valid", errors);
        }
        GroupChatSettings merged = changeLog.write(tx -> {
            Handle handle = tx.handle();
            GroupChatSettings current = read(handle, groupId);
            GroupSupervision.require(handle, caller, groupId);
            GroupChatSettings next = new GroupChatSettings(
                    change.strategy() == null ? current.strategy() : change.strategy(),
                    change.acceptTimeoutSeconds() == null ? current.acceptTimeoutSeconds() : change.acceptTimeoutSeconds(),
                    change.maxWaitSeconds() == null ? current.maxWaitSeconds() : change.maxWaitSeconds());
            handle.createUpdate(
                            "UPDATE agent_group SET strategy = :strategy, accept_timeout_seconds = :accept, max_wait_seconds = :wait WHERE id = :id")
                    .bind("strategy", next.strategy().name()).bind("accept", next.acceptTimeoutSeconds()).bind("wait", next.maxWaitSeconds())
                    .bind("id", groupId).execute();
            GroupVersion.raise(tx, groupId);
            return next;
        });
        LOG.info("group chat settings changed: group={} {} by={}", groupId, merged, caller.login());
        return merged;
    }

    ChatPreferences preferences(Principal caller) {
        caller.require(Role.AGENT);
        return new ChatPreferences(jdbi.withHandle(handle -> handle.createQuery("SELECT auto_accept FROM agent_preference WHERE agent_id = :id")
                .bind("id", caller.agentId()).mapTo(Boolean.class).findOne().orElse(true)));
    }

    ChatPreferences updatePreferences(Principal caller, ChatPreferences preferences) {
        caller.require(Role.AGENT);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM agent_preference WHERE agent_id = :id").bind("id", caller.agentId()).execute();
            handle.createUpdate("INSERT INTO agent_preference (agent_id, auto_accept) VALUES (:id, :auto)")
                    .bind("id", caller.agentId()).bind("auto", preferences.autoAccept()).execute();
        });
        return preferences;
    }
}
