package dev.switchboard.server.hours;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
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
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/business-hours", hours::states);
        api.getById("/api/v1/groups/{id}/business-hours", hours::get);
        api.putById("/api/v1/groups/{id}/business-hours", BusinessHours.class, hours::replace);
        api.deleteById("/api/v1/groups/{id}/business-hours", hours::delete);
    }
}
