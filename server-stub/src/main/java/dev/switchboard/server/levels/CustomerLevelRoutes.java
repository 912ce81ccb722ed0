package dev.switchboard.server.levels;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.NewCustomerLevel;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/customer-levels}: every agent reads them, administrators change them. Role checks are the service's job. */
public final class CustomerLevelRoutes implements HttpApi.Routes {

    private static final String PATH = "/api/v1/customer-levels";

    private final CustomerLevelService levels;
    private final Callers callers;

    public CustomerLevelRoutes(CustomerLevelService levels, Callers callers) {
        this.levels = levels;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get(PATH, levels::list);
        // a created level's answer says where it lives
        routes.post(PATH, ctx -> {
            var caller = callers.of(ctx);
            CustomerLevel created = levels.create(caller, Requests.body(ctx, NewCustomerLevel.class));
            ctx.status(201).header("Location", PATH + "/" + created.id()).json(created);
        });
        api.putById(PATH + "/{id}", NewCustomerLevel.class, levels::replace);
        // ?version=N: refused (409) when the level changed since it was read; without it, deleted whatever its version
        routes.delete(PATH + "/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            Long version = ctx.queryParam("version") == null ? null : Requests.longQuery(ctx, "version", 1, Long.MAX_VALUE, 0);
            levels.delete(caller, id, version);
            ctx.status(204);
        });
    }
}
