package dev.switchboard.server.canned;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.NewCannedReply;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/canned-replies} (and {@code .../library}, the group replies an administrator or supervisor edits). */
public final class CannedReplyRoutes implements HttpApi.Routes {

    private final CannedReplyService replies;
    private final Callers callers;

    public CannedReplyRoutes(CannedReplyService replies, Callers callers) {
        this.replies = replies;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/canned-replies", replies::visible);
        api.get("/api/v1/canned-replies/library", replies::library);
        api.create("/api/v1/canned-replies", NewCannedReply.class, replies::create);
        // registered before /{id}: the router would otherwise read "order" as an id
        api.put("/api/v1/canned-replies/order", CannedReplyOrder.class, replies::reorder);
        api.putById("/api/v1/canned-replies/{id}", NewCannedReply.class, replies::replace);
        api.deleteById("/api/v1/canned-replies/{id}", replies::delete);
    }
}
