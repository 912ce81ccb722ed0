package dev.switchboard.server.wrapup;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each group's wrap-up rule: optional or required, and the time limit (administrators set it). */
final class WrapUpSettings {

    private static final Logger LOG = LoggerFactory.getLogger(WrapUpSettings.class);
    private static final RowMapper<WrapUpSetting> SETTING = RecordMapper.of(WrapUpSetting.class);

    private final Jdbi jdbi;
    private final AuditLog audit;

    WrapUpSettings(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    WrapUpSetting get(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            requireGroup(handle, groupId);
            return of(handle, groupId);
        });
    }

    WrapUpSetting put(Principal caller, long groupId, WrapUpSetting setting) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (setting.mode() == null) {
            errors.add(new FieldError("mode", "OPTIONAL or REQUIRED"));
        }
        if (setting.timeLimitSeconds() < WrapUpSetting.MIN_TIME_LIMIT_SECONDS || setting.timeLimitSeconds() > WrapUpSetting.MAX_TIME_LIMIT_SECONDS) {
            errors.add(new FieldError("timeLimitSeconds", WrapUpSetting.MIN_TIME_LIMIT_SECONDS + " to " + WrapUpSetting.MAX_TIME_LIMIT_SECONDS));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the wrap-up setting is not valid", errors);
        }
        jdbi.useTransaction(handle -> {
            requireGroup(handle, groupId);
            handle.createUpdate("DELETE FROM group_wrapup_setting WHERE group_id = :id").bind("id", groupId).execute();
            handle.createUpdate("INSERT INTO group_wrapup_setting (group_id, mode, time_limit_seconds) VALUES (:id, :mode, :limit)")
                    .bind("id", groupId).bind("mode", setting.mode().name()).bind("limit", setting.timeLimitSeconds()).execute();
            audit.record(handle, caller.agentId(), "wrapup.setting", "group:" + groupId, setting.mode() + " " + setting.timeLimitSeconds() + "s");
        });
        LOG.info("wrap-up setting changed: group={} {} by={}", groupId, setting, caller.login());
        return setting;
    }

    /** The group's rule; a group without one (or no group) has the default. */
    static WrapUpSetting of(Handle handle, Long groupId) {
        if (groupId == null) {
            return WrapUpSetting.DEFAULT;
        }
        return handle.createQuery("SELECT mode, time_limit_seconds FROM group_wrapup_setting WHERE group_id = :id").bind("id", groupId)
                .map(SETTING).findOne().orElse(WrapUpSetting.DEFAULT);
    }

    private static void requireGroup(Handle handle, long groupId) {
        if (handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Long.class).one() == 0) {
            throw ApiException.notFound("group " + groupId);
        }
    }
}
