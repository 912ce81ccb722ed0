package dev.switchboard.server.push;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
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
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/segments", segments::list);
        api.create("/api/v1/segments", NewSegment.class, segments::create);
        api.getById("/api/v1/segments/{id}", segments::get);
        api.putById("/api/v1/segments/{id}", NewSegment.class, segments::replace);
        api.deleteById("/api/v1/segments/{id}", segments::delete);
        api.post("/api/v1/push/preview", PushAudience.class, pushes::preview);
        api.get("/api/v1/push/messages", pushes::recent);
        api.create("/api/v1/push/messages", NewPush.class, pushes::send);
        api.getById("/api/v1/push/messages/{id}", pushes::get);
        api.get("/api/v1/push/settings", pushes::settings);
        api.put("/api/v1/push/settings", PushSettings.class, pushes::changeSettings);
    }
}
