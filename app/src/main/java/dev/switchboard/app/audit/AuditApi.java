package dev.switchboard.app.audit;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.audit.AuditPage;
import dev.switchboard.shared.audit.AuditQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code GET /api/v1/audit/search} with the session's token, on the I/O executor. */
final class AuditApi {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    AuditApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    /** A page of what the query finds, below entry {@code before} (null: the newest). */
    CompletableFuture<AuditPage> search(AuditQuery query, Long before, int limit) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "actorId", query.actorId());
        put(parameters, "action", query.action());
        put(parameters, "target", query.target());
        put(parameters, "from", query.from());
        put(parameters, "to", query.to());
        put(parameters, "before", before);
        parameters.put("limit", Integer.toString(limit));
        return CompletableFuture.supplyAsync(() -> api.get(server, token, "audit/search", parameters, AuditPage.class), io);
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
