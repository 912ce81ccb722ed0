package dev.switchboard.server.sites;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/sites}: allowed origins and the pre-chat form of each site. */
public final class SiteRoutes implements HttpApi.Routes {

    private final SiteService sites;
    private final Callers callers;

    public SiteRoutes(SiteService sites, Callers callers) {
        this.sites = sites;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/sites", ctx -> ctx.json(sites.list(callers.of(ctx))));
        routes.put("/api/v1/sites/{site}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(sites.update(caller, ctx.pathParam("site"), Requests.body(ctx, SiteSettings.class)));
        });
        routes.get("/api/v1/sites/{site}/prechat-form", ctx -> ctx.json(sites.prechatForm(callers.of(ctx), ctx.pathParam("site"))));
        routes.put("/api/v1/sites/{site}/prechat-form", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(sites.updatePrechatForm(caller, ctx.pathParam("site"), Requests.body(ctx, PrechatForm.class)));
        });
    }
}
