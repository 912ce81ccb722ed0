package dev.switchboard.server.chat;

import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatPreferences;
import dev.switchboard.shared.chat.GroupChatSettings;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Groups' chat settings (administrators and the group's supervisors, ADR 0021) and agents' own chat preferences. */
final class ChatSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSettings.class);

    private static final RowMapper<GroupChatSettings> GROUP_SETTINGS = RecordMapper.of(GroupChatSettings.class);

    private final Jdbi jdbi;

    ChatSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    GroupChatSettings group(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT strategy, accept_timeout_seconds, max_wait_seconds FROM agent_group WHERE id = :id")
                .bind("id", groupId)
                .map(GROUP_SETTINGS)
                .findOne()).orElseThrow(() -> ApiException.notFound("group " + groupId));
    }

    GroupChatSettings updateGroup(Principal caller, long groupId, GroupChatSettings change) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = GroupRules.check(change, false);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the chat settings are not valid", errors);
        }
        GroupChatSettings current = group(caller, groupId);
        jdbi.useHandle(handle -> GroupSupervision.require(handle, caller, groupId));
        GroupChatSettings merged = new GroupChatSettings(
                change.strategy() == null ? current.strategy() : change.strategy(),
                change.acceptTimeoutSeconds() == null ? current.acceptTimeoutSeconds() : change.acceptTimeoutSeconds(),
                change.maxWaitSeconds() == null ? current.maxWaitSeconds() : change.maxWaitSeconds());
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE agent_group SET strategy = :strategy, accept_timeout_seconds = :accept, max_wait_seconds = :wait WHERE id = :id")
                .bind("strategy", merged.strategy().name()).bind("accept", merged.acceptTimeoutSeconds()).bind("wait", merged.maxWaitSeconds())
                .bind("id", groupId).execute());
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
