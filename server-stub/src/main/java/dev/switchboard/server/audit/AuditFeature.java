package dev.switchboard.server.audit;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/**
 * Reading the audit log: {@code /api/v1/audit}. The log itself is shared plumbing, published
 * before every feature, since most of them record into it.
 */
public final class AuditFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        context.routes(new AuditRoutes(context.require(AuditLog.class), context.require(Callers.class)));
    }
}
