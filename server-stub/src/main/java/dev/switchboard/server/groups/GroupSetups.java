package dev.switchboard.server.groups;

import dev.switchboard.server.agents.GroupCore;
import dev.switchboard.server.agents.GroupService;
import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.automation.AutoMessageSettingsService;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.wrapup.WrapUpSettings;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.groups.GroupSetup;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and saves a group's whole setup in one transaction, and deletes groups (ADR 0021).
 * Everyone signed in reads a setup; administrators and the group's supervisors save it (a
 * supervisor not its name, description or members); administrators delete groups.
 */
final class GroupSetups {

    private static final Logger LOG = LoggerFactory.getLogger(GroupSetups.class);

    /** The features that keep the parts of a setup. */
    record Parts(GroupService groups, BusinessHoursService hours, WrapUpSettings wrapUps, AutoMessageSettingsService autoMessages) {
    }

    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final AuthService auth;
    private final Parts parts;
    private final Jdbi jdbi;

    GroupSetups(ChangeLog changeLog, AuditLog audit, AuthService auth, Parts parts, Jdbi jdbi) {
        this.changeLog = changeLog;
        this.audit = audit;
        this.auth = auth;
        this.parts = parts;
        this.jdbi = jdbi;
    }

    GroupSetup get(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.inTransaction(handle -> read(handle, requireGroup(handle, groupId)));
    }

    /**
     * Saves {@code setup} over the group's, all parts or none: 400 with every wrong field (the
     * shared rules, a name another group has, an unknown agent), 403 for a caller who does not run
     * the group (or a supervisor changing what only administrators change), 409 when the group was
     * saved by someone else since {@code setup.version()}.
     */
    GroupSetup replace(Principal caller, long groupId, GroupSetup setup) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = GroupRules.check(setup);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the group's setup is not valid", errors);
        }
        Set<Long> moved = changeLog.write(tx -> {
            Handle handle = tx.handle();
            GroupCore current = requireGroup(handle, groupId);
            GroupSupervision.require(handle, caller, groupId);
            if (setup.version() != current.group().version()) {
                throw new ApiException(ProblemType.CONFLICT, "group " + groupId + " was changed meanwhile: it is at version "
                        + current.group().version() + ", this change was made on version " + setup.version());
            }
            Set<Long> membersMoved = parts.groups().applyCore(tx, caller, current, setup);
            parts.hours().write(handle, groupId, setup.businessHours());
            parts.wrapUps().write(handle, groupId, setup.wrapUp());
            parts.autoMessages().writeGroup(handle, groupId, setup.autoMessages());
            audit.record(handle, caller.agentId(), "group.setup", "group:" + groupId, summary(setup));
            return membersMoved;
        });
        forgetCached(groupId);
        // REST calls read the account on every request; open sockets must be told
        moved.forEach(auth::accountChanged);
        LOG.info("group set up: id={} version={} by={}", groupId, setup.version() + 1, caller.login());
        return jdbi.inTransaction(handle -> read(handle, requireGroup(handle, groupId)));
    }

    /**
     * Deletes a group with its business hours, wrap-up rule and automatic messages; its past chats
     * stay in the history without it. 409 naming what still points at it (members, open chats,
     * routing or invitation rules, shared canned replies), which people must move first.
     */
    void delete(Principal caller, long groupId) {
        caller.require(Role.ADMIN);
        String name;
        try {
            name = changeLog.write(tx -> {
                Handle handle = tx.handle();
                GroupCore current = requireGroup(handle, groupId);
                List<FieldError> blockers = GroupReferences.blockers(handle, groupId);
                if (!blockers.isEmpty()) {
                    throw new ApiException(new Problem(ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), 409,
                            "group " + groupId + " is still in use: " + blockers.stream().map(b -> b.field() + " " + b.message())
                                    .collect(Collectors.joining(", ")), blockers), Map.of());
                }
                GroupReferences.detachPast(handle, groupId);
                parts.hours().write(handle, groupId, null);
                parts.wrapUps().write(handle, groupId, null);
                parts.autoMessages().writeGroup(handle, groupId, null);
                audit.record(handle, caller.agentId(), "group.delete", "group:" + groupId, current.group().name());
                parts.groups().deleteRow(tx, groupId);
                return current.group().name();
            });
        } catch (JdbiException e) {
            // a reference this feature does not know yet (a newer table): refused by the database, not lost
            LOG.warn("group {} could not be deleted", groupId, e);
            throw new ApiException(ProblemType.CONFLICT, "group " + groupId + " is still in use by other data");
        }
        forgetCached(groupId);
        LOG.info("group deleted: id={} name={} by={}", groupId, name, caller.login());
    }

    private GroupCore requireGroup(Handle handle, long groupId) {
        return parts.groups().core(handle, groupId).orElseThrow(() -> ApiException.notFound("group " + groupId));
    }

    private GroupSetup read(Handle handle, GroupCore core) {
        long id = core.group().id();
        return new GroupSetup(id, core.group().name(), core.group().description(), core.group().version(), core.strategy(),
                core.acceptTimeoutSeconds(), core.maxWaitSeconds(), core.members(), parts.hours().read(handle, id).orElse(null),
                parts.wrapUps().read(handle, id), parts.autoMessages().readGroup(handle, id));
    }

    private void forgetCached(long groupId) {
        parts.hours().forget(groupId);
        parts.autoMessages().forgetGroup(groupId);
    }

    /** What the audit keeps of a save: the settings that fit on a line, not the texts. */
    private static String summary(GroupSetup setup) {
        return "version " + (setup.version() + 1) + "; " + setup.strategy() + " accept " + setup.acceptTimeoutSeconds() + "s wait "
                + setup.maxWaitSeconds() + "s; " + setup.members().size() + " members; hours "
                + (setup.businessHours() == null ? "always open" : setup.businessHours().timeZone()) + "; wrap-up " + setup.wrapUp().mode();
    }
}
