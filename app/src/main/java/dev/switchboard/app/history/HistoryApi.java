package dev.switchboard.app.history;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
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

    private final SessionApi api;

    public HistoryApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    /** A page of the search, below {@code before} (null: the newest). */
    public CompletableFuture<HistoryPage> search(HistoryQuery query, Long before, int limit) {
        Map<String, String> parameters = parameters(query);
        if (before != null) {
            parameters.put("before", before.toString());
        }
        parameters.put("limit", Integer.toString(limit));
        return api.get(ApiPath.of("history").query(parameters), HistoryPage.class);
    }

    public CompletableFuture<Transcript> transcript(long conversationId) {
        return api.get(ApiPath.of("history", conversationId), Transcript.class);
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
        ApiPath path = conversationId == null ? ApiPath.of("history", "export") : ApiPath.of("history", conversationId, "export");
        return api.get(path.query(parameters), byte[].class);
    }

    public CompletableFuture<List<WrapUpCategory>> categories() {
        return api.get(ApiPath.of("wrap-up", "categories"), WrapUpCategory[].class).thenApply(List::of);
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
