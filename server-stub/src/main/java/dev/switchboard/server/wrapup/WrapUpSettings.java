package dev.switchboard.server.wrapup;

import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.agents.GroupVersion;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each group's wrap-up rule: optional or required, and the time limit (administrators and the
 * group's supervisors set it; ADR 0021).
 */
public final class WrapUpSettings {

    private static final Logger LOG = LoggerFactory.getLogger(WrapUpSettings.class);
    private static final RowMapper<WrapUpSetting> SETTING = RecordMapper.of(WrapUpSetting.class);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final ChangeLog changeLog;

    WrapUpSettings(Jdbi jdbi, AuditLog audit, ChangeLog changeLog) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.changeLog = changeLog;
    }

    WrapUpSetting get(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            requireGroup(handle, groupId);
            return of(handle, groupId);
        });
    }

    WrapUpSetting put(Principal caller, long groupId, WrapUpSetting setting) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = GroupRules.check(setting, "");
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the wrap-up setting is not valid", errors);
        }
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireGroup(handle, groupId);
            GroupSupervision.require(handle, caller, groupId);
            write(handle, groupId, setting);
            GroupVersion.raise(tx, groupId);
            audit.record(handle, caller.agentId(), "wrapup.setting", "group:" + groupId, setting.mode() + " " + setting.timeLimitSeconds() + "s");
            return null;
        });
        LOG.info("wrap-up setting changed: group={} {} by={}", groupId, setting, caller.login());
        return setting;
    }

    /** Sets the group's rule in the caller's transaction, checked already; null removes it (the default applies). */
    public void write(Handle handle, long groupId, WrapUpSetting setting) {
        handle.createUpdate("DELETE FROM group_wrapup_setting WHERE group_id = :id").bind("id", groupId).execute();
        if (setting != null) {
            handle.createUpdate("INSERT INTO group_wrapup_setting (group_id, mode, time_limit_seconds) VALUES (:id, :mode, :limit)")
                    .bind("id", groupId).bind("mode", setting.mode().name()).bind("limit", setting.timeLimitSeconds()).execute();
        }
    }

    /** The group's rule in the caller's transaction (the default when it has none). */
    public WrapUpSetting read(Handle handle, long groupId) {
        return of(handle, groupId);
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
