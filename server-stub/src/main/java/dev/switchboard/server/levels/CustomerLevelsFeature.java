package dev.switchboard.server.levels;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.distribution.LevelPriorities;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.routingrules.RoutingRuleService;
import dev.switchboard.server.sync.ChangeLog;

/**
 * Customer levels and their queue priorities: {@code /api/v1/customer-levels}. Publishes the
 * {@link LevelPriorities} the work distribution engine gives new items, so it is listed before it.
 */
public final class CustomerLevelsFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo add the demo's levels (金卡 Gold, 普通 Normal) next to the VIP every database has */
    public CustomerLevelsFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        RoutingRuleService rules = context.require(RoutingRuleService.class);
        CustomerLevelService levels = new CustomerLevelService(context.jdbi(), context.require(ChangeLog.class), context.require(AuditLog.class),
                rules::list);
        if (demo) {
            levels.seedDemo();
        }
        context.routes(new CustomerLevelRoutes(levels, context.require(Callers.class)));
        context.publish(LevelPriorities.class, levels);
    }
}
