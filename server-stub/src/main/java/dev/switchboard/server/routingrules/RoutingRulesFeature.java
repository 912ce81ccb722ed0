package dev.switchboard.server.routingrules;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import java.util.function.Supplier;

/** Routing rules and their dry run: {@code /api/v1/routing-rules}. Publishes {@link RoutingRuleService}. */
public final class RoutingRulesFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        RoutingRuleService rules = new RoutingRuleService(context.jdbi(), context.require(AuditLog.class));
        // chat routing reads these rules, and the dry run routes on chat routing: that edge is resolved once all are installed
        Supplier<RoutingPreview> preview = context.later(RoutingPreview.class);
        context.routes(new RoutingRuleRoutes(rules, new RoutingDryRun(request -> preview.get().route(request)), context.require(Callers.class)));
        context.publish(RoutingRuleService.class, rules);
    }
}
