package dev.switchboard.app.net;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The REST API as one signed-in session calls it: its server and bearer token, every call on the
 * I/O executor. What the features' typed calls ({@code RestChatApi}, {@code HistoryApi}, …) are
 * written with; failures complete the future with an {@link ApiException}.
 */
public final class SessionApi {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    public SessionApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    /** See {@link ApiClient#send}. */
    public <T> CompletableFuture<T> send(String method, ApiPath path, Object body, Class<T> answerType) {
        return CompletableFuture.supplyAsync(() -> api.send(server, token, method, path, body, answerType), io);
    }

    /** {@code GET path}, the answer read as {@code answerType}. */
    public <T> CompletableFuture<T> get(ApiPath path, Class<T> answerType) {
        return send("GET", path, null, answerType);
    }
}
