package dev.switchboard.server.sync;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/**
 * Reading the change log: {@code /api/v1/sync}, and the {@link SyncService} that the agent socket's
 * live feed and the features restricting who sees their changes use. The change log itself is
 * shared plumbing, published before every feature (the accounts write to it).
 */
public final class SyncFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        SyncService sync = new SyncService(context.require(ChangeLog.class));
        context.routes(new SyncRoutes(sync, context.require(Callers.class)));
        context.publish(SyncService.class, sync);
    }
}
