package dev.switchboard.server.invitations;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.server.visitors.Visitors;
import java.time.Duration;

/**
 * Inviting visitors to chat, by hand and by rules: {@code /api/v1/invitations},
 * {@code /api/v1/invitation-rules}. Publishes {@link InvitationService}.
 */
public final class InvitationsFeature implements BackendFeature {

    /** How often the automatic rules look at the visitors on the sites. */
    private static final Duration RULES = Duration.ofSeconds(1);
    private static final Duration FORGET_OFFLINE = Duration.ofMinutes(10);

    @Override
    public void install(FeatureContext context) {
        Visitors visitors = context.require(Visitors.class);
        InvitationRuleService rules = new InvitationRuleService(context.jdbi(), context.clock(), context.require(SiteService.class),
                context.require(ChangeLog.class), context.require(AuditLog.class), context.require(SyncService.class));
        InvitationService invitations = new InvitationService(context.jdbi(), context.clock(), visitors.tracker(), rules,
                context.require(AgentDirectory.class));
        visitors.addListener(invitations);
        context.routes(new InvitationRoutes(invitations, rules, context.require(Callers.class)));
        context.every(RULES, RULES, "invitation rules", invitations::evaluateRules);
        context.every(FORGET_OFFLINE, FORGET_OFFLINE, "forgetting offline visitors' invitations", invitations::forgetOffline);
        context.publish(InvitationService.class, invitations);
    }
}
