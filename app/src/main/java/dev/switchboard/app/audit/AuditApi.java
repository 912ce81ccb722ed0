package dev.switchboard.app.audit;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.audit.AuditPage;
import dev.switchboard.shared.audit.AuditQuery;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code GET /api/v1/audit/search} with the session's token, on the I/O executor. */
final class AuditApi {

    private final SessionApi api;

    AuditApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    /** A page of what the query finds, below entry {@code before} (null: the newest). */
    CompletableFuture<AuditPage> search(AuditQuery query, Long before, int limit) {
        return api.get(ApiPath.of("audit", "search").query("actorId", query.actorId()).query("action", query.action())
                .query("target", query.target()).query("from", query.from()).query("to", query.to()).query("before", before)
                .query("limit", limit), AuditPage.class);
    }
}
