package dev.switchboard.app.alerts;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.settings.SettingsService;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;

/**
 * The alerts of one signed-in session: its chats' and its queues', on the workstation's board.
 * Started before the session connects, so no chat is missed; closing it clears the board. FX thread.
 */
public final class SessionAlerts implements AutoCloseable {

    /** The main window as the alerts see it. */
    public record Window(ObservableValue<Boolean> focused, ChatNavigation navigation) {
    }

    private final AlertBoard board;
    private final SettingsService settings;
    private final ChatAlerts chatAlerts;
    private final LongWaitWatch longWaits;
    private final InvalidationListener settingsChanged;

    public SessionAlerts(AlertBoard board, LiveSession live, Window window, SettingsService settings, I18n i18n,
                         Scheduler scheduler, Executor fx, Clock clock) {
        this.board = board;
        this.settings = settings;
        this.chatAlerts = new ChatAlerts(board, new ChatAlerts.Sources(live.chatsProperty(), window.focused(), window.navigation(),
                () -> live.selfProperty().get().displayName(), () -> settings.settings().chatNotifications()),
                i18n, scheduler, fx);
        this.longWaits = new LongWaitWatch(board, live.queueProperty(), () -> settings.settings().chatNotifications(), i18n,
                scheduler, fx, clock);
        this.settingsChanged = observable -> longWaits.preferencesChanged();
        chatAlerts.start();
        live.chats().addListener(chatAlerts);
        longWaits.start();
        settings.settingsProperty().addListener(settingsChanged);
    }

    @Override
    public void close() {
        settings.settingsProperty().removeListener(settingsChanged);
        chatAlerts.stop();
        longWaits.stop();
        board.resolveIf(alert -> true);
    }
}
