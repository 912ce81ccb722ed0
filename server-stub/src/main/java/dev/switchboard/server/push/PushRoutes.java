package dev.switchboard.server.push;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.push.NewPush;
import dev.switchboard.shared.push.NewSegment;
import dev.switchboard.shared.push.PushAudience;
import dev.switchboard.shared.push.PushSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/segments} and {@code /api/v1/push}. Role checks are the services' job. */
final class PushRoutes implements HttpApi.Routes {

    private final SegmentService segments;
    private final PushService pushes;
    private final Callers callers;

    PushRoutes(SegmentService segments, PushService pushes, Callers callers) {
        this.segments = segments;
        this.pushes = pushes;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/segments", ctx -> ctx.json(segments.list(callers.of(ctx))));
        routes.post("/api/v1/segments", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(segments.create(caller, Requests.body(ctx, NewSegment.class)));
        });
        routes.get("/api/v1/segments/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(segments.get(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/segments/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(segments.replace(caller, id, Requests.body(ctx, NewSegment.class)));
        });
        routes.delete("/api/v1/segments/{id}", ctx -> {
            var caller = callers.of(ctx);
            segments.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
        routes.post("/api/v1/push/preview", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(pushes.preview(caller, Requests.body(ctx, PushAudience.class)));
        });
        routes.get("/api/v1/push/messages", ctx -> ctx.json(pushes.recent(callers.of(ctx))));
        routes.post("/api/v1/push/messages", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(pushes.send(caller, Requests.body(ctx, NewPush.class)));
        });
        routes.get("/api/v1/push/messages/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(pushes.get(caller, Requests.id(ctx, "id")));
        });
        routes.get("/api/v1/push/settings", ctx -> ctx.json(pushes.settings(callers.of(ctx))));
        routes.put("/api/v1/push/settings", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(pushes.changeSettings(caller, Requests.body(ctx, PushSettings.class)));
        });
    }
}
