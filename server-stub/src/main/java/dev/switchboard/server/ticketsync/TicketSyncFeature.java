package dev.switchboard.server.ticketsync;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.tickets.TicketSyncPort;

/**
 * Offline ticket work (issue 13, ADR 0034): workstations push their ticket outbox, applied exactly
 * once per account and sync client through the tickets' live paths and merged per field, and fill
 * an empty cache from a paged snapshot before following the change log. Installed after the tickets.
 */
public final class TicketSyncFeature implements BackendFeature {

    @Override
    public void install(FeatureContext context) {
        TicketSyncService sync = new TicketSyncService(context.require(ChangeLog.class), new SyncClients(context.jdbi(), context.clock()),
                context.require(TicketSyncPort.class));
        context.routes(new TicketSyncRoutes(sync, context.require(Callers.class)));
    }
}
