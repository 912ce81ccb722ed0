package dev.switchboard.app.blocks;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Blocks ({@code /api/v1/blocks}: list, add, lift) and the visitors to pick from, with the session's token on the I/O executor. */
class BlocksApi {

    private static final String PATH = "blocks";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    BlocksApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<Block>> list() {
        return call(() -> List.of(exchange("GET", null, Block[].class, PATH)));
    }

    CompletableFuture<Block> block(NewBlock block) {
        return call(() -> exchange("POST", block, Block.class, PATH));
    }

    CompletableFuture<Block> lift(long id) {
        return call(() -> exchange("POST", null, Block.class, PATH, Long.toString(id), "lift"));
    }

    CompletableFuture<List<VisitorSummary>> recentVisitors() {
        return call(() -> List.of(exchange("GET", null, VisitorSummary[].class, "visitors")));
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
