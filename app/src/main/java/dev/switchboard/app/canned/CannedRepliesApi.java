package dev.switchboard.app.canned;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.NewCannedReply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Writing canned replies: {@code /api/v1/canned-replies} with the session's token, on the I/O
 * executor. What is written comes back through the change log into the agent's cache.
 */
final class CannedRepliesApi {

    private static final String PATH = "canned-replies";

    private final SessionApi api;

    CannedRepliesApi(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    CompletableFuture<CannedReply> create(NewCannedReply reply) {
        return call("POST", reply, CannedReply.class, PATH);
    }

    CompletableFuture<CannedReply> replace(long id, NewCannedReply reply) {
        return call("PUT", reply, CannedReply.class, PATH, Long.toString(id));
    }

    CompletableFuture<Void> delete(long id) {
        return call("DELETE", null, Void.class, PATH, Long.toString(id));
    }

    CompletableFuture<Void> reorder(CannedReplyOrder order) {
        return call("PUT", order, CannedReply[].class, PATH, "order").thenApply(replies -> null);
    }

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, Object... path) {
        return api.send(method, ApiPath.of(path), body, answer);
    }
}
