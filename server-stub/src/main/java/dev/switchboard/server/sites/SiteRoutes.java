package dev.switchboard.server.sites;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.sites.SiteEmbed;
import dev.switchboard.shared.sites.SitePreview;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.SiteSettings;
import io.javalin.config.RoutesConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /api/v1/sites}: sites, their widget's look and pre-chat form, the embed tag and previews (administrators). */
public final class SiteRoutes implements HttpApi.Routes {

    private final SiteService sites;
    private final SitePreviews previews;
    private final Callers callers;

    public SiteRoutes(SiteService sites, SitePreviews previews, Callers callers) {
        this.sites = sites;
        this.previews = previews;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/sites", ctx -> ctx.json(sites.list(callers.of(ctx))));
        routes.post("/api/v1/sites", ctx -> {
            var caller = callers.of(ctx);
            SiteSettings created = sites.create(caller, Requests.body(ctx, SiteSettings.class));
            ctx.status(201).header("Location", "/api/v1/sites/" + created.id()).json(created);
        });
        routes.get("/api/v1/sites/{site}", ctx -> ctx.json(sites.get(callers.of(ctx), ctx.pathParam("site"))));
        routes.put("/api/v1/sites/{site}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(sites.update(caller, ctx.pathParam("site"), Requests.body(ctx, SiteSettings.class)));
        });
        routes.delete("/api/v1/sites/{site}", ctx -> {
            var caller = callers.of(ctx);
            Long version = ctx.queryParam("version") == null ? null : Requests.longQuery(ctx, "version", 1, Long.MAX_VALUE, 0);
            sites.delete(caller, ctx.pathParam("site"), version);
            ctx.status(204);
        });
        routes.get("/api/v1/sites/{site}/embed", ctx -> {
            String siteId = sites.get(callers.of(ctx), ctx.pathParam("site")).id();
            String publicUrl = PublicAddress.of(ctx);
            ctx.json(new SiteEmbed(publicUrl, PublicAddress.snippet(publicUrl, siteId)));
        });
        routes.post("/api/v1/sites/{site}/previews", ctx -> {
            var caller = callers.of(ctx);
            String siteId = ctx.pathParam("site");
            SitePreviews.Created created = previews.create(caller, siteId, Requests.body(ctx, SiteSettings.class));
            String url = PublicAddress.of(ctx) + "/preview/" + URLEncoder.encode(siteId, StandardCharsets.UTF_8) + "?draft=" + created.token();
            ctx.status(201).json(new SitePreview(url, created.expiresAt()));
        });
        routes.get("/api/v1/sites/{site}/prechat-form", ctx -> ctx.json(sites.prechatForm(callers.of(ctx), ctx.pathParam("site"))));
        routes.put("/api/v1/sites/{site}/prechat-form", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(sites.updatePrechatForm(caller, ctx.pathParam("site"), Requests.body(ctx, PrechatForm.class)));
        });
    }
}
