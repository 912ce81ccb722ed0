package dev.switchboard.server.settings;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/** Each agent's own settings, kept for them on the server: {@code /api/v1/me/settings} (ADR 0025). */
public final class AccountSettingsFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        AccountSettingsService settings = new AccountSettingsService(context.jdbi(), context.clock());
        context.routes(new AccountSettingsRoutes(settings, context.require(Callers.class)));
    }
}
