package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
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
        var api = JsonRoutes.on(routes, callers::of);
        api.getById("/api/v1/groups/{id}/chat-settings", settings::group);
        api.putById("/api/v1/groups/{id}/chat-settings", GroupChatSettings.class, settings::updateGroup);
        api.get("/api/v1/me/chat-preferences", settings::preferences);
        api.put("/api/v1/me/chat-preferences", ChatPreferences.class, settings::updatePreferences);
    }
}
