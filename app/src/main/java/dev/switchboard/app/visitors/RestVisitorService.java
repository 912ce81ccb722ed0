package dev.switchboard.app.visitors;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.NewInvitation;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@link VisitorService} over the REST API with the session's token, on the I/O executor. */
public final class RestVisitorService implements VisitorService {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    public RestVisitorService(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    @Override
    public CompletableFuture<VisitorDetail> detail(String visitorId) {
        return CompletableFuture.supplyAsync(() -> api.visitorDetail(server, token, visitorId), io);
    }

    @Override
    public CompletableFuture<Invitation> invite(String visitorId, String message, boolean forced) {
        return CompletableFuture.supplyAsync(() -> api.invite(server, token, visitorId, new NewInvitation(message, forced)), io);
    }

    @Override
    public CompletableFuture<Block> block(String visitorId, String reason, boolean blockAddress, Instant expiresAt) {
        return CompletableFuture.supplyAsync(() -> api.block(server, token, new NewBlock(visitorId, blockAddress, reason, expiresAt)), io);
    }
}
