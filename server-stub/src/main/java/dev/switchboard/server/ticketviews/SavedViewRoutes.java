package dev.switchboard.server.ticketviews;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.shared.tickets.together.SavedViewInput;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/ticket-views}: list, create, change (from a version), delete. */
final class SavedViewRoutes implements HttpApi.Routes {

    private final SavedViewService views;
    private final Callers callers;

    SavedViewRoutes(SavedViewService views, Callers callers) {
        this.views = views;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        JsonRoutes<Principal> api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/ticket-views", views::list);
        api.create("/api/v1/ticket-views", SavedViewInput.class, views::create);
        api.putById("/api/v1/ticket-views/{id}", SavedViewInput.class, views::update);
        api.deleteById("/api/v1/ticket-views/{id}", views::delete);
    }
}
