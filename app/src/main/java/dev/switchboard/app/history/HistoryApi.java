package dev.switchboard.app.history;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.history.HistoryPage;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code /api/v1/history} with the session's token, on the I/O executor. */
public final class HistoryApi {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    public HistoryApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    /** A page of the search, below {@code before} (null: the newest). */
    public CompletableFuture<HistoryPage> search(HistoryQuery query, Long before, int limit) {
        Map<String, String> parameters = parameters(query);
        if (before != null) {
            parameters.put("before", before.toString());
        }
        parameters.put("limit", Integer.toString(limit));
        return CompletableFuture.supplyAsync(() -> api.get(server, token, "history", parameters, HistoryPage.class), io);
    }

    public CompletableFuture<Transcript> transcript(long conversationId) {
        return CompletableFuture.supplyAsync(() -> api.get(server, token, "history/" + conversationId, Map.of(), Transcript.class), io);
    }

    /**
     * An export as the server writes it (UTF-8 with a byte order mark): one chat, or every chat the
     * search finds when {@code conversationId} is null.
     */
    public CompletableFuture<byte[]> export(Long conversationId, HistoryQuery query, String format, String language, String zone) {
        Map<String, String> parameters = conversationId == null ? parameters(query) : new LinkedHashMap<>();
        parameters.put("format", format);
        parameters.put("lang", language);
        parameters.put("zone", zone);
        String path = conversationId == null ? "history/export" : "history/" + conversationId + "/export";
        return CompletableFuture.supplyAsync(() -> api.bytes(server, token, path, parameters), io);
    }

    public CompletableFuture<List<WrapUpCategory>> categories() {
        return CompletableFuture.supplyAsync(() -> List.of(api.get(server, token, "wrap-up/categories", Map.of(), WrapUpCategory[].class)), io);
    }

    private static Map<String, String> parameters(HistoryQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "text", query.text());
        put(parameters, "visitor", query.visitor());
        put(parameters, "agentId", query.agentId());
        put(parameters, "groupId", query.groupId());
        put(parameters, "from", query.from());
        put(parameters, "to", query.to());
        put(parameters, "rating", query.rating());
        put(parameters, "categoryId", query.categoryId());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(name, value.toString());
        }
    }
}
