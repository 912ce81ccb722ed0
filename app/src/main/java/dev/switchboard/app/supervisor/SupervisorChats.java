package dev.switchboard.app.supervisor;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.chat.Conversation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The chats going on right now, as a supervisor may list them: {@code GET /api/v1/conversations?status=active}. */
public interface SupervisorChats {

    CompletableFuture<List<Conversation>> active();

    /** Over the REST API with the session's token, on the I/O executor. */
    static SupervisorChats rest(ApiClient api, ServerUrl server, String token, Executor io) {
        SessionApi session = new SessionApi(api, server, token, io);
        return () -> session.get(ApiPath.of("conversations").query("status", "active"), Conversation[].class).thenApply(List::of);
    }
}
