package dev.switchboard.server.audit;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.audit.AuditQuery;
import io.javalin.config.RoutesConfig;

/**
 * For administrators: {@code GET /api/v1/audit?after=N&limit=M} (every entry after N, oldest
 * first, for tools that follow the log) and {@code GET /api/v1/audit/search} (what a person looks
 * for, newest first, a page at a time).
 */
public final class AuditRoutes implements HttpApi.Routes {

    private final AuditLog audit;
    private final Callers callers;

    public AuditRoutes(AuditLog audit, Callers callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/audit", ctx -> {
            var caller = callers.of(ctx);
            long after = Requests.longQuery(ctx, "after", 0, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, 1000, 200);
            ctx.json(audit.after(caller, after, limit));
        });
        routes.get("/api/v1/audit/search", ctx -> {
            var caller = callers.of(ctx);
            Long actor = ctx.queryParam("actorId") == null ? null : Requests.longQuery(ctx, "actorId", 1, Long.MAX_VALUE, 0);
            AuditQuery query = new AuditQuery(actor, ctx.queryParam("action"), ctx.queryParam("target"),
                    Requests.instantQuery(ctx, "from"), Requests.instantQuery(ctx, "to"));
            Long before = ctx.queryParam("before") == null ? null : Requests.longQuery(ctx, "before", 1, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, 200, 50);
            ctx.json(audit.search(caller, query, before, limit));
        });
    }
}
