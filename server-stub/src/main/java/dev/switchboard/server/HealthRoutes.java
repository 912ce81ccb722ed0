package dev.switchboard.server;

import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.shared.health.Health;
import dev.switchboard.shared.health.ProtocolVersion;
import io.javalin.config.RoutesConfig;

/** {@code GET /api/v1/health}: open to everyone, so that clients can check compatibility before login. */
final class HealthRoutes implements HttpApi.Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/health", ctx -> ctx.json(new Health("ok", ProtocolVersion.productVersion(), ProtocolVersion.PROTOCOL)));
    }
}
