package dev.switchboard.server.wrapup;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategoryPlace;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/v1/wrap-up/categories} (the tree; {@code .../{id}/place} moves one), {@code /api/v1/groups/{id}/wrap-up} (a group's
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
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/wrap-up/categories", categories::list);
        api.create("/api/v1/wrap-up/categories", NewWrapUpCategory.class, categories::create);
        api.putById("/api/v1/wrap-up/categories/{id}", NewWrapUpCategory.class, categories::update);
        api.putById("/api/v1/wrap-up/categories/{id}/place", WrapUpCategoryPlace.class, categories::place);
        api.deleteById("/api/v1/wrap-up/categories/{id}", categories::remove);
        api.getById("/api/v1/groups/{id}/wrap-up", settings::get);
        api.putById("/api/v1/groups/{id}/wrap-up", WrapUpSetting.class, settings::put);
        api.getById("/api/v1/conversations/{id}/wrap-up", wrapUps::get);
        api.putById("/api/v1/conversations/{id}/wrap-up", WrapUpSubmission.class, wrapUps::submit);
        api.get("/api/v1/me/wrap-ups", wrapUps::pendingOf);
    }
}
