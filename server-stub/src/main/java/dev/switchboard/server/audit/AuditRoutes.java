package dev.switchboard.server.audit;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/audit?after=N&limit=M} for administrators. */
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
    }
}
