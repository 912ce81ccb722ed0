package dev.switchboard.server.ticketsync;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import io.javalin.config.RoutesConfig;

/** {@code POST /api/v1/sync/tickets} (push an outbox) and {@code GET /api/v1/sync/tickets/snapshot} (a first fill, by pages). */
final class TicketSyncRoutes implements HttpApi.Routes {

    private final TicketSyncService sync;
    private final Callers callers;

    TicketSyncRoutes(TicketSyncService sync, Callers callers) {
        this.sync = sync;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/sync/tickets", ctx -> {
            Principal caller = callers.of(ctx);
            ctx.json(sync.push(caller, Requests.body(ctx, TicketSyncRequest.class)));
        });
        routes.get("/api/v1/sync/tickets/snapshot", ctx -> {
            Principal caller = callers.of(ctx);
            long after = Requests.longQuery(ctx, "after", 0, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, TicketSnapshotPage.MAX_LIMIT, TicketSnapshotPage.DEFAULT_LIMIT);
            ctx.json(sync.snapshot(caller, after, limit));
        });
    }
}
