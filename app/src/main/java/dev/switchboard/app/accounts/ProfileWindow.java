package dev.switchboard.app.accounts;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.settings.ChangePasswordView;
import dev.switchboard.app.settings.ChangePasswordViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The profile dialog of a session's main window, from the agent's menu; at most one open. FX thread. */
final class ProfileWindow {

    private final AccountsApi api;
    private final AppContext app;
    private final LiveSession live;
    private final Supplier<Window> owner;
    private ViewWindow window;

    ProfileWindow(AccountsApi api, AppContext app, LiveSession live, Supplier<Window> owner) {
        this.api = api;
        this.app = app;
        this.live = live;
        this.owner = owner;
    }

    void open() {
        if (window != null) {
            window.stage().toFront();
            return;
        }
        ChangePasswordViewModel password = new ChangePasswordViewModel(change -> CompletableFuture.runAsync(
                () -> app.api().send(live.session().server(), live.session().token(), "POST", ApiPath.of("auth", "password"), change, Void.class),
                app.background().io()),
                app.i18n(), app.fx());
        ProfileViewModel profile = new ProfileViewModel(api, app.i18n(), live.selfProperty(), AvatarPicture::prepare,
                app.background().io(), app.fx());
        ProfileView view = new ProfileView(profile, new ChangePasswordView(password), this::close);
        window = new ViewWindow(view, app.themes(), app.i18n().text("profile.windowTitle"), ViewWindow.FIT, ViewWindow.FIT)
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
