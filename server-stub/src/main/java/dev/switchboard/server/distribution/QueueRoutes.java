package dev.switchboard.server.distribution;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/queue}: the waiting queues the caller may see, as {@code chat.queue} pushes them. */
public final class QueueRoutes implements HttpApi.Routes {

    private final QueueFeed queues;
    private final Callers callers;

    public QueueRoutes(QueueFeed queues, Callers callers) {
        this.queues = queues;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/queue", ctx -> ctx.json(queues.snapshot(callers.of(ctx))));
    }
}
