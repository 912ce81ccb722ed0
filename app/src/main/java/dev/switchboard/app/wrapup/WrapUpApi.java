package dev.switchboard.app.wrapup;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The wrap-up endpoints with the session's token, on the I/O executor. */
public final class WrapUpApi {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    public WrapUpApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    public CompletableFuture<WrapUp> of(long conversationId) {
        return CompletableFuture.supplyAsync(() -> api.get(server, token, "conversations/" + conversationId + "/wrap-up", Map.of(), WrapUp.class), io);
    }

    public CompletableFuture<List<WrapUp>> pending() {
        return CompletableFuture.supplyAsync(() -> List.of(api.get(server, token, "me/wrap-ups", Map.of(), WrapUp[].class)), io);
    }

    public CompletableFuture<List<WrapUpCategory>> categories() {
        return CompletableFuture.supplyAsync(() -> List.of(api.get(server, token, "wrap-up/categories", Map.of(), WrapUpCategory[].class)), io);
    }

    public CompletableFuture<WrapUp> submit(long conversationId, WrapUpSubmission submission) {
        return CompletableFuture.supplyAsync(() -> api.put(server, token, "conversations/" + conversationId + "/wrap-up", submission, WrapUp.class), io);
    }
}
