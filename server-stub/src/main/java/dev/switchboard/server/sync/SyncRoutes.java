package dev.switchboard.server.sync;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/sync?after=N&limit=M}. */
public final class SyncRoutes implements HttpApi.Routes {

    private final SyncService sync;
    private final Callers callers;

    public SyncRoutes(SyncService sync, Callers callers) {
        this.sync = sync;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/sync", ctx -> {
            var caller = callers.of(ctx);
            long after = Requests.longQuery(ctx, "after", 0, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, SyncService.MAX_PAGE, SyncService.DEFAULT_PAGE);
            ctx.json(sync.page(caller, after, limit));
        });
    }
}
