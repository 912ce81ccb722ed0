package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.problem.FieldError;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Locale;

/** The public conversation API for integrations (and the workstation's history views). */
final class ChatRoutes implements HttpApi.Routes {

    private final ChatService chats;
    private final Callers callers;

    ChatRoutes(ChatService chats, Callers callers) {
        this.chats = chats;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/conversations", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(chats.list(caller, status(ctx.queryParam("status"))));
        });
        routes.get("/api/v1/conversations/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(chats.get(new ChatAuthor.Agent(caller), Requests.id(ctx, "id")));
        });
        routes.get("/api/v1/conversations/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            long after = Requests.longQuery(ctx, "after", 0, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, 500, 200);
            ctx.json(chats.messages(new ChatAuthor.Agent(caller), id, after, limit));
        });
        routes.post("/api/v1/conversations/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            NewMessage body = Requests.body(ctx, NewMessage.class);
            ChatMessage stored = chats.post(new ChatAuthor.Agent(caller), id, body.clientId(), body.text(), false, null,
                    Boolean.TRUE.equals(body.sensitiveConfirmed()));
            ctx.status(201).json(stored);
        });
    }

    private static ConversationStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ConversationStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("bad query parameter", List.of(new FieldError("status", "one of queued, active, ended")));
        }
    }
}
