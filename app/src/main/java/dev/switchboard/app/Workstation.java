package dev.switchboard.app;

import dev.switchboard.app.cache.CacheInUseException;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.FeatureSet;
import dev.switchboard.app.feature.LeaveGuard;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.login.LoginError;
import dev.switchboard.app.login.LoginView;
import dev.switchboard.app.login.LoginViewModel;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.notify.NotificationSound;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.session.SignInService;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.settings.LoginMemory;
import dev.switchboard.app.settings.Settings;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.shell.MainWindow;
import dev.switchboard.app.shell.ShellViewModel;
import dev.switchboard.app.tray.TrayController;
import dev.switchboard.app.tray.TrayGlue;
import dev.switchboard.app.tray.TrayStatusMenu;
import dev.switchboard.shared.problem.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One workstation: the services of one agent on one data folder, the features (see
 * {@link Features}), and which window shows when.
 * Starts from the cache when it can (so the agent sees their team even with the server down),
 * otherwise with the login window. Holds no static state, so tests run two in one JVM.
 * Its methods run on the FX thread.
 */
public final class Workstation {

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private final StartupOptions options;
    private final Runnable exitApplication;
    private final Executor fx = Platform::runLater;
    private final Clock clock = Clock.systemUTC();
    private final BackgroundExecutors background = new BackgroundExecutors("switchboard");
    private final ApiClient api = new ApiClient();
    private final I18n i18n = new I18n(Language.forLocale(Locale.getDefault()).locale());
    private final ThemeManager themes = new ThemeManager(AppTheme.LIGHT);
    private final NotificationCenter notices;
    private final TrayGlue tray;
    private final WorkAlerts alerts;
    private final FeatureSet features;

    private LocalStores stores;
    private SessionWiring wiring;
    private SignInService signInService;
    private SettingsService settings;
    private LoginMemory loginMemory = LoginMemory.FIRST_START;

    private ViewWindow loginWindow;
    private MainWindow mainWindow;
    private LiveSession live;
    private CompletableFuture<Void> liveWritten = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> shutdown;

    /** @param exitApplication ends the process (the app) or nothing more (tests) after {@link #shutdown()} */
    public Workstation(StartupOptions options, Runnable exitApplication) {
        this.options = options;
        this.exitApplication = exitApplication;
        NotificationSound sound = new NotificationSound(background.io());
        this.notices = new NotificationCenter(background.scheduler(), fx, this::soundOn, sound);
        this.tray = new TrayGlue(options.trayEnabled(), i18n, background.io(), fx,
                new TrayController.Actions(this::bringToFront, this::requestStatus, this::quit));
        this.alerts = new WorkAlerts(this::soundOn, sound, tray, background, clock, this::bringToFront);
        this.features = new FeatureSet(Features.ALL, new AppContext(i18n, themes, notices, api, background, fx, clock,
                ZoneId.systemDefault()));
    }

    /** Opens the cache, then shows the main window from the cache or the login window. */
    public void start() {
        stores = LocalStores.open(options.dataHome(), clock, features);
        wiring = new SessionWiring(stores, features);
        signInService = new SignInService(api, stores.sessions(), stores.accountCaches(), background.io());
        var storedSettings = stores.settings().loadSettings(Settings.defaults(Locale.getDefault()));
        var memory = stores.settings().loadLoginMemory();
        var cachedSession = stores.sessions().find();
        CompletableFuture.allOf(storedSettings, memory, cachedSession).whenCompleteAsync((ignored, failure) -> {
            if (failure != null) {
                cannotStart(failure);
            } else {
                begin(storedSettings.join(), memory.join(), cachedSession.join());
            }
        }, fx);
    }

    private void begin(Settings stored, LoginMemory memory, Optional<Session> cachedSession) {
        if (shutdown != null) {
            return;
        }
        settings = new SettingsService(stores.settings(), i18n, themes, stored);
        features.app().provide(SettingsService.class, settings);
        loginMemory = memory;
        String server = options.server().orElse(memory.remember() && !memory.server().isBlank()
                ? memory.server() : ServerUrl.DEFAULT);
        String login = options.login().orElse(memory.remember() ? memory.login() : "");
        if (options.password().isPresent() && !login.isBlank()) {
            signInWithoutWindow(server, login, options.password().get());
            return;
        }
        Optional<Session> resumable = cachedSession.filter(session ->
                options.server().map(text -> sameServer(text, session)).orElse(true)
                        && options.login().map(session.login()::equals).orElse(true));
        if (resumable.isPresent()) {
            LOG.info("Starting from the cached session of {}", resumable.get());
            openMain(resumable.get());
        } else {
            showLogin(server, login, null);
        }
    }

    /** With the password from the environment: sign in directly; show the login window only on failure. */
    private void signInWithoutWindow(String server, String login, String password) {
        ServerUrl url;
        try {
            url = ServerUrl.parse(server);
        } catch (IllegalArgumentException e) {
            showLogin(server, login, LoginError.of(LoginError.Kind.INVALID_SERVER, server));
            return;
        }
        signInService.signIn(url, login, password).whenCompleteAsync((session, failure) -> {
            if (shutdown != null) {
                return;
            }
            if (failure != null) {
                showLogin(server, login, LoginError.from(failure, url.toString()));
            } else {
                signedIn(session, loginMemory.remember());
            }
        }, fx);
    }

    private void showLogin(String server, String login, LoginError error) {
        closeLoginWindow();
        LoginViewModel model = new LoginViewModel(signInService::signIn, fx, i18n, settings, this::signedIn);
        model.prefill(server, login, loginMemory.remember());
        if (error != null) {
            model.showError(error);
        }
        loginWindow = new ViewWindow(new LoginView(model), themes, i18n.text("login.windowTitle"), 460, 680)
                .minSize(400, 600)
                .onCloseRequest(this::quit);
        loginWindow.show();
        tray.install();
    }

    private void signedIn(Session session, boolean rememberLogin) {
        loginMemory = new LoginMemory(rememberLogin, session.server().toString(), session.login());
        logFailure(stores.settings().saveLoginMemory(loginMemory), "remember the login");
        openMain(session);
    }

    private void openMain(Session session) {
        SessionContext joined = wiring.liveSession(session, new SessionEvents());
        LiveSession current = joined.live();
        live = current;
        mainWindow = wiring.mainWindow(joined, alerts.board(), new ShellViewModel.Actions(this::signOut, this::quit),
                this::mainWindowCloseRequested);
        mainWindow.show();
        // Only now, so there is never a moment without a window (which would end the FX toolkit).
        closeLoginWindow();
        alerts.follow(mainWindow);
        current.start();
        tray.follow(current, mainWindow.statusChoices());
        tray.install();
    }

    private boolean soundOn() {
        return settings != null && settings.settings().notificationSound();
    }

    /** What a live session reports to the window flow. */
    private final class SessionEvents implements LiveSession.Events {
        @Override
        public void sessionEnded(Optional<Problem> reason) {
            LOG.info("The session ended{}", reason.map(problem -> ": " + problem.detail()).orElse(""));
            logFailure(stores.sessions().forgetToken(), "forget the ended session");
            backToLogin(LoginError.of(LoginError.Kind.SESSION_ENDED));
        }

        @Override
        public void incompatibleServer(int serverProtocol, String serverVersion) {
            backToLogin(new LoginError(LoginError.Kind.INCOMPATIBLE, serverVersion, Duration.ZERO, serverProtocol));
        }

        @Override
        public void connectionChanged(ConnectionState from, ConnectionState to) {
            if (from == ConnectionState.CONNECTED && to == ConnectionState.RECONNECTING) {
                notices.post(new Notice(Notice.Level.WARNING, i18n.get("notice.connectionLost"), true));
            } else if (from == ConnectionState.CONNECTING && to == ConnectionState.RECONNECTING) {
                notices.post(new Notice(Notice.Level.WARNING, i18n.get("notice.serverUnreachable"), false));
            } else if (from == ConnectionState.RECONNECTING && to == ConnectionState.CONNECTED) {
                notices.post(new Notice(Notice.Level.SUCCESS, i18n.get("notice.connectionBack"), false));
            }
        }
    }

    private void backToLogin(LoginError error) {
        Session ended = live.session();
        showLogin(ended.server().toString(), ended.login(), error);
        endLiveSession();
    }

    /** Signs out, once the agent confirmed what the features warn of (open chats go back to the queue). */
    private void signOut() {
        if (mainWindow != null) {
            mainWindow.confirmLeaving(LeaveGuard.Leaving.SIGN_OUT, this::signOutNow);
        }
    }

    private void signOutNow() {
        if (live == null) {
            return;
        }
        Session leaving = live.session();
        logFailure(signInService.signOut(leaving), "sign out");
        showLogin(leaving.server().toString(), loginMemory.remember() ? leaving.login() : "", null);
        endLiveSession();
    }

    private void mainWindowCloseRequested() {
        if (tray.present()) {
            // With a tray the window only hides: the agent stays reachable and keeps receiving.
            mainWindow.hide();
        } else {
            quit();
        }
    }

    private void bringToFront() {
        if (mainWindow != null) {
            mainWindow.show();
        } else if (loginWindow != null) {
            loginWindow.show();
        }
    }

    private void requestStatus(TrayStatusMenu.Item status) {
        if (mainWindow != null) {
            mainWindow.requestStatus(status.status(), status.reasonId(), status.label());
        }
    }

    /** Quits, once the agent confirmed what the features warn of (open chats go back to the queue if they stay away). */
    private void quit() {
        if (mainWindow != null) {
            mainWindow.confirmLeaving(LeaveGuard.Leaving.QUIT, exitApplication);
        } else {
            exitApplication.run();
        }
    }

    private void endLiveSession() {
        alerts.stopFollowing();
        tray.follow(null, null);
        // The window first (and its dialogs): closing its pages keeps what the agent typed, which the session then writes.
        if (mainWindow != null) {
            mainWindow.close();
            mainWindow = null;
        }
        if (live != null) {
            live.close();
            liveWritten = live.written();
            live = null;
        }
    }

    private void closeLoginWindow() {
        if (loginWindow != null) {
            loginWindow.close();
            loginWindow = null;
        }
    }

    private void cannotStart(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.error("The workstation cannot start", cause);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(MainWindow.TITLE);
        alert.setHeaderText(i18n.get("startup.failed"));
        alert.setContentText(cause instanceof CacheInUseException inUse
                ? i18n.get("startup.cacheInUse", inUse.directory())
                : String.valueOf(cause.getMessage()));
        themes.register(alert.getDialogPane().getScene());
        alert.showAndWait();
        quit();
    }

    /**
     * Closes windows, the connection and the tray now, then the cache and the threads in the
     * background; the future completes when the cache file is closed. FX thread.
     */
    public CompletableFuture<Void> shutdown() {
        if (shutdown != null) {
            return shutdown;
        }
        endLiveSession();
        closeLoginWindow();
        tray.close();
        CompletableFuture<Void> written = liveWritten;
        shutdown = CompletableFuture.runAsync(() -> {
            try {
                written.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("The last chat changes may not be in the cache", e);
            }
            api.close();
            if (stores != null) {
                stores.cache().close();
            }
            background.close();
        }, task -> new Thread(task, "switchboard-shutdown").start());
        return shutdown;
    }

    private static boolean sameServer(String typed, Session session) {
        try {
            return ServerUrl.parse(typed).equals(session.server());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void logFailure(CompletableFuture<?> work, String what) {
        work.exceptionally(error -> {
            LOG.warn("Could not {}", what, error);
            return null;
        });
    }
}
