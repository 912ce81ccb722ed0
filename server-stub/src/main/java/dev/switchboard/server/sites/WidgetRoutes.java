package dev.switchboard.server.sites;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.SecurityHeaders;
import dev.switchboard.shared.problem.ProblemType;
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
 * when the backend runs with demo data), and the widget's configuration, answered cross-origin for
 * the site's allowed origins.
 */
public final class WidgetRoutes implements HttpApi.Routes {

    /** Answer of the widget configuration endpoint. */
    public record WidgetConfig(String site, boolean agentsAvailable, PrechatForm prechat) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "application/javascript; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "json", "application/json");

    private final SiteService sites;
    private final BooleanSupplier agentsAvailable;
    private final boolean demoShop;

    /** @param demoShop whether to serve the demo shop: a real installation has no business showing it */
    public WidgetRoutes(SiteService sites, BooleanSupplier agentsAvailable, boolean demoShop) {
        this.sites = sites;
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
            Site site = sites.find(siteId).orElseThrow(() -> ApiException.notFound("site " + siteId));
            allowOrigin(ctx, Optional.of(site));
            ctx.json(new WidgetConfig(site.id(), agentsAvailable.getAsBoolean(), site.prechat()));
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
