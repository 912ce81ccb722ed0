package dev.switchboard.app.reminders;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatDestination;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Alerts for what the backend tells about chats: a visitor waiting too long for the agent's answer
 * (the agent's chat; it goes when they look at the chat, answer or the chat ends, as the chat's
 * other alerts do) and a visitor's message with sensitive words (to supervisors and the chat's
 * agents). Messages come on a network thread and are shown on the FX thread.
 */
public final class ReminderAlerts implements AlertSource {

    private final AlertBoard board;
    private final Supplier<ChatsSnapshot> chats;
    private final I18n i18n;
    private final Clock clock;
    private final Executor fx;
    private volatile boolean started;

    public ReminderAlerts(AlertBoard board, Supplier<ChatsSnapshot> chats, I18n i18n, Clock clock, Executor fx) {
        this.board = board;
        this.chats = chats;
        this.i18n = i18n;
        this.clock = clock;
        this.fx = fx;
    }

    public static String reminderKey(long conversationId) {
        return "reminder:" + conversationId;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    /** Network thread. */
    public void reminded(AutoMessages.Reminder reminder) {
        onFx(() -> {
            long minutes = Math.max(1, Duration.between(reminder.waitingSince(), clock.instant()).toMinutes());
            board.raise(new AgentAlert(reminderKey(reminder.conversationId()), ReminderAlertKind.VISITOR_WAITING,
                    new ChatDestination(reminder.conversationId()),
                    i18n.get("reminders.visitorWaiting", visitorName(reminder.conversationId()), minutes)));
        });
    }

    /** Network thread. A flag some supervisor acknowledged already needs nobody's look. */
    public void flagged(SensitiveWordFlag flag) {
        if (flag.acknowledged()) {
            return;
        }
        onFx(() -> board.raise(new AgentAlert(flagKey(flag), ReminderAlertKind.SENSITIVE_WORDS,
                new ChatDestination(flag.conversationId()),
                i18n.get("reminders.sensitiveWords", visitorName(flag.conversationId()), String.join("、", flag.words())))));
    }

    /** Network thread: a supervisor acknowledged the flag, on this workstation or another. */
    public void acknowledged(SensitiveWordFlag flag) {
        onFx(() -> board.resolve(flagKey(flag)));
    }

    private static String flagKey(SensitiveWordFlag flag) {
        return "sensitive:" + flag.conversationId() + ":" + flag.seq();
    }

    private String visitorName(long conversationId) {
        return chats.get().chat(conversationId).map(Chat::visitorName).filter(name -> !name.isBlank())
                .orElseGet(() -> i18n.get("alerts.aVisitor"));
    }

    private void onFx(Runnable work) {
        fx.execute(() -> {
            if (started) {
                work.run();
            }
        });
    }
}
