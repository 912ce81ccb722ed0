package dev.switchboard.server.canned;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.NewCannedReply;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/canned-replies}. */
public final class CannedReplyRoutes implements HttpApi.Routes {

    private final CannedReplyService replies;
    private final Callers callers;

    public CannedReplyRoutes(CannedReplyService replies, Callers callers) {
        this.replies = replies;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/canned-replies", ctx -> ctx.json(replies.visible(callers.of(ctx))));
        routes.post("/api/v1/canned-replies", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(replies.create(caller, Requests.body(ctx, NewCannedReply.class)));
        });
        // registered before /{id}: the router would otherwise read "order" as an id
        routes.put("/api/v1/canned-replies/order", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(replies.reorder(caller, Requests.body(ctx, CannedReplyOrder.class)));
        });
        routes.put("/api/v1/canned-replies/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(replies.replace(caller, id, Requests.body(ctx, NewCannedReply.class)));
        });
        routes.delete("/api/v1/canned-replies/{id}", ctx -> {
            var caller = callers.of(ctx);
            replies.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
