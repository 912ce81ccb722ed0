package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonOrder;
import dev.switchboard.shared.agents.NewAwayReason;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.problem.FieldError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Statuses with reasons: {@code /api/v1/away-reasons} (and its order), a supervisor setting an agent's status
 * ({@code PUT /api/v1/agents/{id}/status}) and the time in each status
 * ({@code GET /api/v1/reports/agent-status}). Role checks are the services' job.
 */
public final class PresenceRoutes implements HttpApi.Routes {

    private final AwayReasons reasons;
    private final Presence presence;
    private final StatusReports reports;
    private final Callers callers;

    public PresenceRoutes(AwayReasons reasons, Presence presence, StatusReports reports, Callers callers) {
        this.reasons = reasons;
        this.presence = presence;
        this.reports = reports;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/away-reasons", ctx -> ctx.json(reasons.list(callers.of(ctx))));
        routes.post("/api/v1/away-reasons", ctx -> {
            AwayReason created = reasons.create(callers.of(ctx), Requests.body(ctx, NewAwayReason.class));
            ctx.status(201).header("Location", "/api/v1/away-reasons/" + created.id()).json(created);
        });
        // before /{id}: "order" is not an id
        routes.put("/api/v1/away-reasons/order", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(reasons.reorder(caller, Requests.body(ctx, AwayReasonOrder.class)));
        });
        routes.delete("/api/v1/away-reasons/{id}", ctx -> {
            var caller = callers.of(ctx);
            reasons.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
        routes.put("/api/v1/away-reasons/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(reasons.replace(caller, Requests.id(ctx, "id"), Requests.body(ctx, NewAwayReason.class)));
        });
        routes.put("/api/v1/agents/{id}/status", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(presence.setFor(caller, Requests.id(ctx, "id"), Requests.body(ctx, StatusChange.class)));
        });
        routes.get("/api/v1/reports/agent-status", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(reports.report(caller, instant(ctx, "from"), instant(ctx, "to")));
        });
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? null : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("bad query parameter", List.of(new FieldError(name, "an instant such as 2026-11-02T00:00:00Z")));
        }
    }
}
