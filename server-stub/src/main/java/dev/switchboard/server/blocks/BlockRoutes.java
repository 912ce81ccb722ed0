package dev.switchboard.server.blocks;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.NewBlock;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/blocks}: agents block, administrators list and lift. */
public final class BlockRoutes implements HttpApi.Routes {

    private final BlockService blocks;
    private final Callers callers;

    public BlockRoutes(BlockService blocks, Callers callers) {
        this.blocks = blocks;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/blocks", ctx -> ctx.json(blocks.list(callers.of(ctx))));
        routes.post("/api/v1/blocks", ctx -> {
            Block block = blocks.block(callers.of(ctx), Requests.body(ctx, NewBlock.class));
            ctx.status(201).json(block);
        });
        routes.post("/api/v1/blocks/{id}/lift", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(blocks.lift(caller, Requests.id(ctx, "id")));
        });
    }
}
