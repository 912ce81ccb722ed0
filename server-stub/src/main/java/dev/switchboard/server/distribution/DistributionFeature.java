package dev.switchboard.server.distribution;

import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.visitors.Visitors;

/**
 * The work distribution engine (ADR 0010): publishes {@link Distribution}, with which a feature
 * registers its kind of work (chats today; tickets and callbacks next) and gets the kind's queue.
 */
public final class DistributionFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        ActiveRoutingRules rules = context.require(ActiveRoutingRules.class);
        context.publish(Distribution.class, new Distribution(context.jdbi(), context.clock(), context.timers(), rules::active,
                context.require(LevelPriorities.class), context.require(ChangeLog.class), context.require(Visitors.class)));
    }
}
