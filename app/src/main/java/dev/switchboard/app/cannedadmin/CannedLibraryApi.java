package dev.switchboard.app.cannedadmin;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.NewCannedReply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The team's canned replies ({@code /api/v1/canned-replies/library} and the replies' own endpoints) with the session's token, on the I/O executor. */
class CannedLibraryApi {

    private static final String PATH = "canned-replies";

    private final SessionApi api;

    CannedLibraryApi(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    /** Every group's replies the caller may edit, group by group, each group's in its order. */
    CompletableFuture<List<CannedReply>> library() {
        return api.get(ApiPath.of(PATH, "library"), CannedReply[].class).thenApply(List::of);
    }

    CompletableFuture<CannedReply> create(NewCannedReply reply) {
        return api.send("POST", ApiPath.of(PATH), reply, CannedReply.class);
    }

    CompletableFuture<CannedReply> replace(long id, NewCannedReply reply) {
        return api.send("PUT", ApiPath.of(PATH, id), reply, CannedReply.class);
    }

    CompletableFuture<Void> delete(long id) {
        return api.send("DELETE", ApiPath.of(PATH, id), null, Void.class);
    }

    CompletableFuture<List<CannedReply>> reorder(CannedReplyOrder order) {
        return api.send("PUT", ApiPath.of(PATH, "order"), order, CannedReply[].class).thenApply(List::of);
    }
}
