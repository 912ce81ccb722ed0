package dev.switchboard.app.push;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.push.NewPush;
import dev.switchboard.shared.push.NewSegment;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushAudience;
import dev.switchboard.shared.push.PushPreview;
import dev.switchboard.shared.push.Segment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code /api/v1/segments} and {@code /api/v1/push} with the session's token, on the I/O executor. */
final class PushApi {

    private final SessionApi api;

    PushApi(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    CompletableFuture<List<Segment>> segments() {
        return call("GET", null, Segment[].class, "segments").thenApply(List::of);
    }

    CompletableFuture<Segment> saveSegment(NewSegment segment) {
        return call("POST", segment, Segment.class, "segments");
    }

    CompletableFuture<PushPreview> preview(PushAudience audience) {
        return call("POST", audience, PushPreview.class, "push", "preview");
    }

    CompletableFuture<Push> send(NewPush push) {
        return call("POST", push, Push.class, "push", "messages");
    }

    CompletableFuture<List<Push>> recent() {
        return call("GET", null, Push[].class, "push", "messages").thenApply(List::of);
    }

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, Object... path) {
        return api.send(method, ApiPath.of(path), body, answer);
    }
}
