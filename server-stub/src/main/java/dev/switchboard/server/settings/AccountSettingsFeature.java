package dev.switchboard.server.settings;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.settings.AccountSettings;

/**
 * Each agent's own settings, kept for them on the server: {@code /api/v1/me/settings} (ADR 0025).
 * Every stored version goes into the change log for the account's own sessions only (ADR 0027).
 */
public final class AccountSettingsFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        AccountSettingsService settings = new AccountSettingsService(context.require(ChangeLog.class), context.jdbi(), context.clock());
        // an agent's settings are theirs: no colleague, administrator or not, follows them
        context.require(SyncService.class).restrict(AccountSettings.ENTITY,
                reader -> change -> change.entityId().equals(Long.toString(reader.agentId())));
        context.routes(new AccountSettingsRoutes(settings, context.require(Callers.class)));
    }
}
