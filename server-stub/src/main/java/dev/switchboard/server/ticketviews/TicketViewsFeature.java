package dev.switchboard.server.ticketviews;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;

/**
 * Saved ticket views (issue 13, ADR 0037): {@code /api/v1/ticket-views}, personal or shared with a
 * role or a group. A view is conditions for {@code GET /api/v1/tickets} and how the list shows them;
 * the workstation lists with them, so the views need nothing of the tickets package.
 */
public final class TicketViewsFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        SavedViewService views = new SavedViewService(context.jdbi(), context.require(AgentDirectory.class), context.require(AuditLog.class));
        context.routes(new SavedViewRoutes(views, context.require(Callers.class)));
    }
}
