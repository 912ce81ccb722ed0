package dev.switchboard.app.canned;

import dev.switchboard.app.net.ApiClient;
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

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    CannedRepliesApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
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

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, String... path) {
        return CompletableFuture.supplyAsync(() -> api.exchange(session.server(), session.token(), method, body, answer, path), io);
    }
}
