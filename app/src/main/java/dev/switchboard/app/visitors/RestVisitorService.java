package dev.switchboard.app.visitors;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.CustomerLevelChange;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.NewInvitation;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@link VisitorService} over the REST API with the session's token, on the I/O executor. */
public final class RestVisitorService implements VisitorService {

    private final SessionApi api;

    public RestVisitorService(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    /** {@code GET /api/v1/visitors/{id}}: the visitor with the current visit's trail and earlier visits. */
    @Override
    public CompletableFuture<VisitorDetail> detail(String visitorId) {
        return api.get(ApiPath.of("visitors", visitorId), VisitorDetail.class);
    }

    /** {@code POST /api/v1/visitors/{id}/invitations}; 409 when the visitor left, is blocked, chatting or invited. */
    @Override
    public CompletableFuture<Invitation> invite(String visitorId, String message, boolean forced) {
        return api.send("POST", ApiPath.of("visitors", visitorId, "invitations"), new NewInvitation(message, forced), Invitation.class);
    }

    /** {@code POST /api/v1/blocks}. */
    @Override
    public CompletableFuture<Block> block(String visitorId, String reason, boolean blockAddress, Instant expiresAt) {
        return api.send("POST", ApiPath.of("blocks"), new NewBlock(visitorId, blockAddress, reason, expiresAt), Block.class);
    }

    /** {@code PUT /api/v1/visitors/{id}/level}. */
    @Override
    public CompletableFuture<VisitorSummary> setLevel(String visitorId, String level) {
        return api.send("PUT", ApiPath.of("visitors", visitorId, "level"), new CustomerLevelChange(level), VisitorSummary.class);
    }
}
