package dev.switchboard.server.canned;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;

/**
 * Canned replies, personal and per group, in categories and in an order their editors set:
 * {@code /api/v1/canned-replies}, synced through the change log. With demo data, a few replies.
 */
public final class CannedRepliesFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo's replies */
    public CannedRepliesFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        CannedReplyService replies = new CannedReplyService(context.jdbi(), context.require(ChangeLog.class),
                context.require(AgentDirectory.class), context.require(SyncService.class), context.require(AuditLog.class));
        if (demo) {
            new DemoCannedReplies(context.jdbi(), replies).seed();
        }
        // the import and export first: GET /canned-replies/{id} must not read "export" as an id
        context.routes(new CannedReplyImportRoutes(new CannedReplyImport(context.jdbi(), context.require(ChangeLog.class),
                        context.require(AuditLog.class), context.require(AgentDirectory.class)), context.require(Callers.class), context.clock()),
                new CannedReplyRoutes(replies, context.require(Callers.class)));
    }
}
