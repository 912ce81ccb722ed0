package dev.switchboard.server.visitors;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.visitors.CustomerLevelChange;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/visitors}, {@code GET /api/v1/visitors/{id}} and {@code PUT /api/v1/visitors/{id}/level}. */
final class VisitorRoutes implements HttpApi.Routes {

    private final VisitorService visitors;
    private final Callers callers;

    VisitorRoutes(VisitorService visitors, Callers callers) {
        this.visitors = visitors;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/visitors", ctx -> ctx.json(visitors.online(callers.of(ctx))));
        routes.get("/api/v1/visitors/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(visitors.detail(caller, ctx.pathParam("id")));
        });
        routes.put("/api/v1/visitors/{id}/level", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(visitors.setCustomerLevel(caller, ctx.pathParam("id"), Requests.body(ctx, CustomerLevelChange.class)));
        });
    }
}
