package dev.switchboard.server.sla;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.sla.NewSlaPolicy;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaPolicyOrder;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/sla-policies}: the policies and their order. Role checks are the service's job. */
final class SlaPolicyRoutes implements HttpApi.Routes {

    static final String PATH = "/api/v1/sla-policies";

    private final SlaPolicyService policies;
    private final Callers callers;

    SlaPolicyRoutes(SlaPolicyService policies, Callers callers) {
        this.policies = policies;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get(PATH, policies::list);
        // a created policy's answer says where it lives
        routes.post(PATH, ctx -> {
            var caller = callers.of(ctx);
            SlaPolicy created = policies.create(caller, Requests.body(ctx, NewSlaPolicy.class));
            ctx.status(201).header("Location", PATH + "/" + created.id()).json(created);
        });
        // before /{id}: "order" is not an id
        api.put(PATH + "/order", SlaPolicyOrder.class, policies::reorder);
        api.getById(PATH + "/{id}", policies::get);
        api.putById(PATH + "/{id}", NewSlaPolicy.class, policies::replace);
        api.deleteById(PATH + "/{id}", policies::delete);
    }
}
