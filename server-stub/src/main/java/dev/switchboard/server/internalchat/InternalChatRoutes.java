package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.teamchat.NewDirectConversation;
import dev.switchboard.shared.teamchat.NewTeamMessage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/v1/team/conversations}: the internal chat's REST side (the workstation's history pages, integrations). */
final class InternalChatRoutes implements HttpApi.Routes {

    private static final String CONVERSATIONS = "/api/v1/team/conversations";

    private final InternalChatService chats;
    private final Callers callers;

    InternalChatRoutes(InternalChatService chats, Callers callers) {
        this.chats = chats;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CONVERSATIONS, ctx -> ctx.json(chats.conversations(callers.of(ctx))));
        routes.post(CONVERSATIONS, ctx -> {
            var caller = callers.of(ctx);
            InternalChatService.Direct direct = chats.direct(caller, Requests.body(ctx, NewDirectConversation.class).agentId());
            ctx.status(direct.created() ? 201 : 200).json(direct.conversation());
        });
        routes.get(CONVERSATIONS + "/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            int limit = (int) Requests.longQuery(ctx, "limit", 1, InternalChatService.MAX_PAGE, 50);
            ctx.json(chats.page(caller, id, optionalSeq(ctx, "before"), optionalSeq(ctx, "after"), limit));
        });
        routes.post(CONVERSATIONS + "/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            NewTeamMessage body = Requests.body(ctx, NewTeamMessage.class);
            TeamMessageStore.Stored stored = chats.store(caller, id, body.clientId(), body.text(), body.sharedChatId());
            ctx.status(stored.isNew() ? 201 : 200).json(stored.message());
        });
    }

    private static Long optionalSeq(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : Requests.longQuery(ctx, name, 0, Long.MAX_VALUE, 0);
    }
}
