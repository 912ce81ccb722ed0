package dev.switchboard.app.wrapup;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The wrap-up endpoints with the session's token, on the I/O executor. */
public final class WrapUpApi {

    private final SessionApi api;

    public WrapUpApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    public CompletableFuture<WrapUp> of(long conversationId) {
        return api.get(ApiPath.of("conversations", conversationId, "wrap-up"), WrapUp.class);
    }

    public CompletableFuture<List<WrapUp>> pending() {
        return api.get(ApiPath.of("me", "wrap-ups"), WrapUp[].class).thenApply(List::of);
    }

    public CompletableFuture<List<WrapUpCategory>> categories() {
        return api.get(ApiPath.of("wrap-up", "categories"), WrapUpCategory[].class).thenApply(List::of);
    }

    public CompletableFuture<WrapUp> submit(long conversationId, WrapUpSubmission submission) {
        return api.send("PUT", ApiPath.of("conversations", conversationId, "wrap-up"), submission, WrapUp.class);
    }
}
