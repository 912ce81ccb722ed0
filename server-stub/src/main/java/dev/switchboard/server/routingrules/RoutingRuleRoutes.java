package dev.switchboard.server.routingrules;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleOrder;
import dev.switchboard.shared.routing.RoutingTestRequest;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/routing-rules}: the rules, their order, and a dry run. Role checks are the services' job. */
public final class RoutingRuleRoutes implements HttpApi.Routes {

    private final RoutingRuleService rules;
    private final RoutingDryRun dryRun;
    private final Callers callers;

    public RoutingRuleRoutes(RoutingRuleService rules, RoutingDryRun dryRun, Callers callers) {
        this.rules = rules;
        this.dryRun = dryRun;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/routing-rules", rules::list);
        // a created rule's answer says where it lives
        routes.post("/api/v1/routing-rules", ctx -> {
            var caller = callers.of(ctx);
            RoutingRule created = rules.create(caller, Requests.body(ctx, NewRoutingRule.class));
            ctx.status(201).header("Location", "/api/v1/routing-rules/" + created.id()).json(created);
        });
        // before /{id}: "order" is not an id
        api.put("/api/v1/routing-rules/order", RoutingRuleOrder.class, rules::reorder);
        api.post("/api/v1/routing-rules/test", RoutingTestRequest.class, dryRun::test);
        api.putById("/api/v1/routing-rules/{id}", NewRoutingRule.class, rules::replace);
        api.deleteById("/api/v1/routing-rules/{id}", rules::delete);
    }
}
