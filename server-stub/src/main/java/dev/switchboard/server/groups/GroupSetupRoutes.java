package dev.switchboard.server.groups;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.groups.GroupSetup;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/groups/{id}/setup} and {@code DELETE /api/v1/groups/{id}}. Role checks are the service's job. */
final class GroupSetupRoutes implements HttpApi.Routes {

    private final GroupSetups setups;
    private final Callers callers;

    GroupSetupRoutes(GroupSetups setups, Callers callers) {
        this.setups = setups;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/groups/{id}/setup", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(setups.get(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/groups/{id}/setup", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(setups.replace(caller, id, Requests.body(ctx, GroupSetup.class)));
        });
        routes.delete("/api/v1/groups/{id}", ctx -> {
            var caller = callers.of(ctx);
            setups.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
