package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.chat.ChatPreferences;
import dev.switchboard.shared.chat.GroupChatSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/groups/{id}/chat-settings} and {@code /api/v1/me/chat-preferences}. */
final class ChatSettingsRoutes implements HttpApi.Routes {

    private final ChatSettings settings;
    private final Callers callers;

    ChatSettingsRoutes(ChatSettings settings, Callers callers) {
        this.settings = settings;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/groups/{id}/chat-settings", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.group(caller, Requests.id(ctx, "id")));
        });
        routes.put("/api/v1/groups/{id}/chat-settings", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(settings.updateGroup(caller, id, Requests.body(ctx, GroupChatSettings.class)));
        });
        routes.get("/api/v1/me/chat-preferences", ctx -> ctx.json(settings.preferences(callers.of(ctx))));
        routes.put("/api/v1/me/chat-preferences", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(settings.updatePreferences(caller, Requests.body(ctx, ChatPreferences.class)));
        });
    }
}
