package dev.switchboard.app.settings;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.session.Session;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The settings dialog of a session's main window, with the password change; at most one open. FX thread. */
final class SettingsWindow {

    private final SettingsService settings;
    private final AppContext app;
    private final Session session;
    private final Supplier<Window> owner;
    private ViewWindow window;

    SettingsWindow(SettingsService settings, AppContext app, Session session, Supplier<Window> owner) {
        this.settings = settings;
        this.app = app;
        this.session = session;
        this.owner = owner;
    }

    void open() {
        if (window != null) {
            window.stage().toFront();
            return;
        }
        ChangePasswordViewModel password = new ChangePasswordViewModel(change -> CompletableFuture.runAsync(
                () -> app.api().send(session.server(), session.token(), "POST", ApiPath.of("auth", "password"), change, Void.class),
                app.background().io()), app.i18n(), app.fx());
        SettingsView view = new SettingsView(new SettingsViewModel(settings, app.i18n()), new ChangePasswordView(password), this::close);
        window = new ViewWindow(view, app.themes(), app.i18n().text("settings.windowTitle"), ViewWindow.FIT, ViewWindow.FIT)
                .modalTo(owner.get())
                .onCloseRequest(this::close)
                .growsWithContent();
        window.show();
    }

    void close() {
        if (window != null) {
            window.close();
            window = null;
        }
    }
}
