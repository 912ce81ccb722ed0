package dev.switchboard.server.settings;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.settings.AccountSettings;
import io.javalin.config.RoutesConfig;

/** {@code GET/PUT /api/v1/me/settings}: the caller's own settings, never anyone else's. */
final class AccountSettingsRoutes implements HttpApi.Routes {

    private final AccountSettingsService settings;
    private final Callers callers;

    AccountSettingsRoutes(AccountSettingsService settings, Callers callers) {
        this.settings = settings;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/me/settings", ctx -> ctx.json(settings.mine(callers.of(ctx))));
        routes.put("/api/v1/me/settings", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.replaceMine(caller, Requests.body(ctx, AccountSettings.class)));
        });
    }
}
