package dev.switchboard.server.distribution;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/queue}: the waiting queues the caller may see, as {@code chat.queue} pushes
 * them; {@code GET /api/v1/workload}: every agent's load against their capacity, for choosing whom
 * to hand a chat to.
 */
public final class QueueRoutes implements HttpApi.Routes {

    private final WorkQueue queue;
    private final Callers callers;

    public QueueRoutes(WorkQueue queue, Callers callers) {
        this.queue = queue;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/queue", ctx -> ctx.json(queue.feed().snapshot(callers.of(ctx))));
        routes.get("/api/v1/workload", ctx -> ctx.json(queue.ledger().workload(callers.of(ctx))));
    }
}
