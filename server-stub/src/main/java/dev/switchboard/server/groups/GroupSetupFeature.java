package dev.switchboard.server.groups;

import dev.switchboard.server.agents.GroupService;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.automation.AutoMessageSettingsService;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.wrapup.WrapUpSettings;

/**
 * A group's whole setup as one versioned document, and deleting groups (issue 12, ADR 0021):
 * {@code /api/v1/groups/{id}/setup} and {@code DELETE /api/v1/groups/{id}}. The parts stay with
 * the features that use them (the group's row and members with agents, business hours, wrap-up,
 * automatic messages); this feature reads and writes them together in one transaction, so that a
 * save is all or nothing and one version tells whether someone else saved meanwhile. After every
 * part's feature in the server's list.
 */
public final class GroupSetupFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        GroupSetups setups = new GroupSetups(context.require(ChangeLog.class), context.require(AuditLog.class),
                context.require(AuthService.class), new GroupSetups.Parts(context.require(GroupService.class),
                context.require(BusinessHoursService.class), context.require(WrapUpSettings.class),
                context.require(AutoMessageSettingsService.class)), context.jdbi());
        context.routes(new GroupSetupRoutes(setups, context.require(Callers.class)));
    }
}
