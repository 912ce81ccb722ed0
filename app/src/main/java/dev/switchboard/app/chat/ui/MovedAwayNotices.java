package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatListener;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.shared.routing.RoutingStepType;
import java.util.concurrent.Executor;

/**
 * Tells the agent why a chat left their tabs when someone else moved it: a supervisor took it over
 * or transferred it, or it went back to the queue while they were away (ADR 0013).
 */
public final class MovedAwayNotices implements ChatListener {

    private final NotificationCenter notices;
    private final ChatTexts texts;
    private final Executor fx;

    public MovedAwayNotices(NotificationCenter notices, ChatTexts texts, Executor fx) {
        this.notices = notices;
        this.texts = texts;
        this.fx = fx;
    }

    @Override
    public void chatMovedAway(Chat chat, RoutingStepType why, String by) {
        fx.execute(() -> {
            String key = switch (why) {
                case TAKEN_OVER, TRANSFERRED, TRANSFERRED_TO_GROUP -> "chat.movedAway." + why.name();
                default -> "chat.movedAway.requeued";
            };
            String who = by == null || by.isBlank() ? texts.i18n().get("routing.someone") : by;
            notices.post(new Notice(Notice.Level.WARNING, texts.i18n().get(key, who, texts.title(chat)), true));
        });
    }
}
