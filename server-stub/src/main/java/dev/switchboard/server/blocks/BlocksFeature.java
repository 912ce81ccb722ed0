package dev.switchboard.server.blocks;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.visitors.VisitorGate;
import dev.switchboard.server.visitors.Visitors;

/** Blocking abusive visitors: {@code /api/v1/blocks}. Publishes the {@link VisitorGate} the widget socket asks at every hello. */
public final class BlocksFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        Visitors visitors = context.require(Visitors.class);
        BlockService blocks = new BlockService(context.jdbi(), context.clock(), context.require(ChangeLog.class), context.require(AuditLog.class),
                context.require(SyncService.class), visitors.service(), visitors.tracker());
        context.routes(new BlockRoutes(blocks, context.require(Callers.class)));
        context.publish(VisitorGate.class, blocks);
    }
}
