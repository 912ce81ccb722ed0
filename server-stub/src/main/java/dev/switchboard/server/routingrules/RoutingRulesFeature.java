package dev.switchboard.server.routingrules;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.distribution.ActiveRoutingRules;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import java.util.function.Supplier;

/**
 * Routing rules and their dry run: {@code /api/v1/routing-rules}. Publishes {@link RoutingRuleService}
 * and the {@link ActiveRoutingRules} the work distribution engine routes by.
 */
public final class RoutingRulesFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo's rules, which route the demo pre-chat form's questions */
    public RoutingRulesFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        RoutingRuleService rules = new RoutingRuleService(context.jdbi(), context.clock(), context.require(ChangeLog.class),
                context.require(AuditLog.class), context.require(SyncService.class));
        if (demo) {
            rules.seedDemo();
        }
        // the engine routes by these rules, and the dry run routes as chat routing does: that edge is resolved once all are installed
        Supplier<RoutingPreview> preview = context.later(RoutingPreview.class);
        context.routes(new RoutingRuleRoutes(rules, new RoutingDryRun(request -> preview.get().route(request)), context.require(Callers.class)));
        context.publish(RoutingRuleService.class, rules);
        context.publish(ActiveRoutingRules.class, rules::active);
    }
}
