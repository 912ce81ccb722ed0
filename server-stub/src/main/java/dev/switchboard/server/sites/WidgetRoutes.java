package dev.switchboard.server.sites;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.SecurityHeaders;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sites.WidgetLook;
import dev.switchboard.shared.visitors.PrechatForm;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the visitor's browser loads: {@code /widget.js}, the demo shop under {@code /demo/} (only
 * when the backend runs with demo data), the widget's configuration, answered cross-origin for
 * the site's allowed origins, and the preview page administrators open from the workstation.
 */
public final class WidgetRoutes implements HttpApi.Routes {

    /**
     * Answer of the widget configuration endpoint: whether agents are in, the pre-chat form, the
     * look, and whether agents see drafts (the welcome says so too; a preview has no welcome).
     */
    public record WidgetConfig(String site, boolean agentsAvailable, PrechatForm prechat, WidgetLook look, boolean typingPreview) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "application/javascript; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "json", "application/json");

    private final SiteService sites;
    private final SitePreviews previews;
    private final BooleanSupplier agentsAvailable;
    private final boolean demoShop;

    /** @param demoShop whether to serve the demo shop: a real installation has no business showing it */
    public WidgetRoutes(SiteService sites, SitePreviews previews, BooleanSupplier agentsAvailable, boolean demoShop) {
        this.sites = sites;
        this.previews = previews;
        this.agentsAvailable = agentsAvailable;
        this.demoShop = demoShop;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/widget.js", ctx -> {
            // any site may load it, also one that isolates itself (COEP) or checks it by hash (SRI with crossorigin)
            ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
            ctx.header("Access-Control-Allow-Origin", "*");
            serve(ctx, "widget/widget.js", "public, max-age=300");
        });
        if (demoShop) {
            registerDemoShop(routes);
        }
        registerWidgetConfig(routes);
        registerPreviewPage(routes);
    }

    /** {@code /preview/{site}}: the real widget in preview mode, with a preview's settings ({@code draft}) or the saved ones. */
    private void registerPreviewPage(RoutesConfig routes) {
        routes.get("/preview/{site}", ctx -> {
            String siteId = ctx.pathParam("site");
            Site saved = sites.find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
            String draft = ctx.queryParam("draft");
            boolean english = "en".equals(ctx.queryParam("lang"));
            ctx.contentType("text/html; charset=utf-8");
            SecurityHeaders.page(ctx);
            ctx.header("Cache-Control", "no-store");
            if (draft != null && previews.find(siteId, draft).isEmpty()) {
                // 410: the link was good once (a 404 would also be rewritten into a problem document)
                ctx.status(410).result(PreviewPage.expired(saved, english));
            } else {
                ctx.result(PreviewPage.html(saved, draft, english, "1".equals(ctx.queryParam("offline"))));
            }
        });
    }

    private static void registerDemoShop(RoutesConfig routes) {
        // trailing slashes are ignored by the router, so "/demo" and "/demo/" both land here; the
        // shop's relative links need the slash, so only the bare form is redirected
        routes.get("/demo", ctx -> {
            if (ctx.path().endsWith("/")) {
                serve(ctx, "demo-shop/index.html", "no-cache");
            } else {
                ctx.redirect("/demo/");
            }
        });
        routes.get("/demo/{file}", ctx -> serve(ctx, "demo-shop/" + safeName(ctx.pathParam("file")), "no-cache"));
    }

    private void registerWidgetConfig(RoutesConfig routes) {
        routes.options("/api/v1/widget/config", ctx -> {
            allowOrigin(ctx, sites.find(ctx.queryParam("site")));
            ctx.header("Access-Control-Allow-Methods", "GET");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        });
        routes.get("/api/v1/widget/config", ctx -> {
            String siteId = ctx.queryParam("site");
            Site saved = sites.find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
            allowOrigin(ctx, Optional.of(saved));
            String preview = ctx.queryParam("preview");
            if (preview == null) {
                ctx.json(new WidgetConfig(saved.id(), agentsAvailable.getAsBoolean(), saved.prechat(), saved.look(), saved.typingPreview()));
                return;
            }
            // a preview page (same origin): the previewed settings, and agents as the page asks
            Site previewed = preview.isEmpty() ? saved
                    : previews.find(siteId, preview).orElseThrow(() -> ApiException.notFound("preview of site " + siteId));
            ctx.header("Cache-Control", "no-store");
            ctx.json(new WidgetConfig(saved.id(), !"1".equals(ctx.queryParam("offline")), previewed.prechat(), previewed.look(),
                    previewed.typingPreview()));
        });
    }

    /** CORS for the site's allowed origins only; other origins get no header and the browser refuses. */
    public static void allowOrigin(Context ctx, Optional<Site> site) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin");
        if (origin != null && site.map(s -> s.allows(origin)).orElse(false)) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    private static String safeName(String file) {
        if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,80}") || file.contains("..")) {
            throw ApiException.notFound("file " + file);
        }
        return file;
    }

    private static void serve(Context ctx, String resource, String cacheControl) {
        try (InputStream in = WidgetRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ApiException(ProblemType.NOT_FOUND, "no such file: " + ctx.path());
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            if (extension.equals("html")) {
                SecurityHeaders.page(ctx);
            }
            ctx.header("Cache-Control", cacheControl);
            ctx.result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
