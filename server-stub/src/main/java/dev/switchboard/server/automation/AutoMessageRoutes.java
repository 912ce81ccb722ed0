package dev.switchboard.server.automation;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.automation.AutoMessageSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/sites/{site}/auto-messages} and {@code /api/v1/groups/{id}/auto-messages}. */
final class AutoMessageRoutes implements HttpApi.Routes {

    private final AutoMessageSettingsService settings;
    private final Callers callers;

    AutoMessageRoutes(AutoMessageSettingsService settings, Callers callers) {
        this.settings = settings;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/sites/{site}/auto-messages", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.get(caller, AutoMessageSettingsService.Scope.site(ctx.pathParam("site"))));
        });
        routes.put("/api/v1/sites/{site}/auto-messages", ctx -> {
            var caller = callers.of(ctx);
            var scope = AutoMessageSettingsService.Scope.site(ctx.pathParam("site"));
            ctx.json(settings.replace(caller, scope, Requests.body(ctx, AutoMessageSettings.class)));
        });
        routes.get("/api/v1/groups/{id}/auto-messages", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.get(caller, AutoMessageSettingsService.Scope.group(Requests.id(ctx, "id"))));
        });
        routes.put("/api/v1/groups/{id}/auto-messages", ctx -> {
            var caller = callers.of(ctx);
            var scope = AutoMessageSettingsService.Scope.group(Requests.id(ctx, "id"));
            ctx.json(settings.replace(caller, scope, Requests.body(ctx, AutoMessageSettings.class)));
        });
    }
}
