package dev.switchboard.server.wrapup;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/v1/wrap-up/categories} (the tree), {@code /api/v1/groups/{id}/wrap-up} (a group's
 * rule), {@code /api/v1/conversations/{id}/wrap-up} (a chat's) and {@code /api/v1/me/wrap-ups}.
 */
final class WrapUpRoutes implements HttpApi.Routes {

    private final WrapUpCategories categories;
    private final WrapUpSettings settings;
    private final WrapUps wrapUps;
    private final Callers callers;

    WrapUpRoutes(WrapUpCategories categories, WrapUpSettings settings, WrapUps wrapUps, Callers callers) {
        this.categories = categories;
        this.settings = settings;
        this.wrapUps = wrapUps;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/wrap-up/categories", ctx -> ctx.json(categories.list(callers.of(ctx))));
        routes.post("/api/v1/wrap-up/categories", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(categories.create(caller, Requests.body(ctx, NewWrapUpCategory.class)));
        });
        routes.put("/api/v1/wrap-up/categories/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(categories.update(caller, id, Requests.body(ctx, NewWrapUpCategory.class)));
        });
        routes.delete("/api/v1/wrap-up/categories/{id}", ctx -> {
            var caller = callers.of(ctx);
            categories.remove(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
        routes.get("/api/v1/groups/{id}/wrap-up", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.get(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/groups/{id}/wrap-up", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(settings.put(caller, id, Requests.body(ctx, WrapUpSetting.class)));
        });
        routes.get("/api/v1/conversations/{id}/wrap-up", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(wrapUps.get(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/conversations/{id}/wrap-up", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(wrapUps.submit(caller, id, Requests.body(ctx, WrapUpSubmission.class)));
        });
        routes.get("/api/v1/me/wrap-ups", ctx -> ctx.json(wrapUps.pendingOf(callers.of(ctx))));
    }
}
