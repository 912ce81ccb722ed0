package dev.switchboard.app.queue;

import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.shared.chat.ChatMessages;
import javafx.beans.InvalidationListener;

/**
 * The agent's work and the waiting queues: the queues the server pushes, the "my work" panel
 * beside every page, and the alert when a visitor has waited long.
 */
public final class QueueFeature implements Feature {

    @Override
    public void joinSession(SessionContext session) {
        QueueFeed queue = new QueueFeed(session.app().fx());
        session.handle(ChatMessages.QUEUE, queue::received);
        session.provide(QueueFeed.class, queue);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        QueueFeed queue = window.require(QueueFeed.class);
        SessionChats chats = window.require(SessionChats.class);
        window.sidePanel(new MyWorkView(new MyWorkViewModel(new MyWorkViewModel.Sources(window.live().selfProperty(),
                chats.snapshots(), queue.snapshots(), window.ticker()), app.i18n())));
        // The queues show beside every page: bringing the window forward, as opening any alert does, shows them.
        window.opens(WaitingChatDestination.class, waiting -> { });

        SettingsService settings = window.require(SettingsService.class);
        LongWaitWatch longWaits = new LongWaitWatch(window.alerts(), queue.snapshots(), () -> settings.settings().chatNotifications(),
                app.i18n(), app.background().scheduler(), app.fx(), app.clock());
        InvalidationListener settingsChanged = observable -> longWaits.preferencesChanged();
        window.alertSource(AlertSource.of(() -> {
            longWaits.start();
            settings.settingsProperty().addListener(settingsChanged);
        }, () -> {
            settings.settingsProperty().removeListener(settingsChanged);
            longWaits.stop();
        }));
    }
}
