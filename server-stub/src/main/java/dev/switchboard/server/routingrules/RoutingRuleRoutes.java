package dev.switchboard.server.routingrules;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
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
        routes.get("/api/v1/routing-rules", ctx -> ctx.json(rules.list(callers.of(ctx))));
        routes.post("/api/v1/routing-rules", ctx -> {
            var caller = callers.of(ctx);
            RoutingRule created = rules.create(caller, Requests.body(ctx, NewRoutingRule.class));
            ctx.status(201).header("Location", "/api/v1/routing-rules/" + created.id()).json(created);
        });
        // before /{id}: "order" is not an id
        routes.put("/api/v1/routing-rules/order", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(rules.reorder(caller, Requests.body(ctx, RoutingRuleOrder.class)));
        });
        routes.post("/api/v1/routing-rules/test", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(dryRun.test(caller, Requests.body(ctx, RoutingTestRequest.class)));
        });
        routes.put("/api/v1/routing-rules/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(rules.replace(caller, id, Requests.body(ctx, NewRoutingRule.class)));
        });
        routes.delete("/api/v1/routing-rules/{id}", ctx -> {
            var caller = callers.of(ctx);
            rules.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
