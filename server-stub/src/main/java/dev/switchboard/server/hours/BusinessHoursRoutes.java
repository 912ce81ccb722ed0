package dev.switchboard.server.hours;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.hours.BusinessHours;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/business-hours} and {@code /api/v1/groups/{id}/business-hours}. */
final class BusinessHoursRoutes implements HttpApi.Routes {

    private final BusinessHoursService hours;
    private final Callers callers;

    BusinessHoursRoutes(BusinessHoursService hours, Callers callers) {
        this.hours = hours;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/business-hours", ctx -> ctx.json(hours.states(callers.of(ctx))));
        routes.get("/api/v1/groups/{id}/business-hours", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(hours.get(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/groups/{id}/business-hours", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(hours.replace(caller, id, Requests.body(ctx, BusinessHours.class)));
        });
        routes.delete("/api/v1/groups/{id}/business-hours", ctx -> {
            var caller = callers.of(ctx);
            hours.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
