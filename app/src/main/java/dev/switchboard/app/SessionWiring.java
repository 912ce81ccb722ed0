package dev.switchboard.app;

import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.shell.MainWindow;
import dev.switchboard.app.shell.ShellViewModel;
import dev.switchboard.app.supervisor.SupervisorChats;
import dev.switchboard.app.visitors.ArrivalNotifier;
import dev.switchboard.app.visitors.RestVisitorService;
import dev.switchboard.app.visitors.VisitorsViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Builds what a signed-in agent works with: the live session on the workstation's stores and
 * threads, and its main window with the visitors' and the chats' services. FX thread.
 */
final class SessionWiring {

    private final LocalStores stores;
    private final ApiClient api;
    private final BackgroundExecutors background;
    private final Executor fx;
    private final Clock clock;
    private final I18n i18n;
    private final ThemeManager themes;
    private final NotificationCenter notices;
    private final Supplier<SettingsService> settings;

    SessionWiring(LocalStores stores, ApiClient api, BackgroundExecutors background, Executor fx, Clock clock, I18n i18n,
                  ThemeManager themes, NotificationCenter notices, Supplier<SettingsService> settings) {
        this.stores = stores;
        this.api = api;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.i18n = i18n;
        this.themes = themes;
        this.notices = notices;
        this.settings = settings;
    }

    /** A live session of {@code session}, not started yet; arriving visitors are announced as the settings say. */
    LiveSession liveSession(Session session, LiveSession.Events events) {
        LiveSession.Services services = new LiveSession.Services(stores.team(), stores.sessions(), stores.chats(), stores.canned(),
                api, new TyrusSocketTransport(), background.io(), background.newSerialExecutor("sync"),
                background.newSerialExecutor("chat"), background.scheduler(), Backoff.standard(), clock);
        LiveSession live = new LiveSession(session, services, fx, events);
        live.visitors().onArrivals(new ArrivalNotifier(() -> settings.get().settings().visitors(), i18n, notices, clock));
        return live;
    }

    /** The main window of {@code live}'s agent, not shown yet. */
    MainWindow mainWindow(LiveSession live, AlertBoard alerts, ShellViewModel.Actions actions, Runnable onCloseRequest) {
        Session session = live.session();
        VisitorsViewModel.Services visitorServices = new VisitorsViewModel.Services(
                new RestVisitorService(api, session.server(), session.token(), background.io()),
                () -> settings.get().settings().visitors(), notices, clock, ZoneId.systemDefault(), background.scheduler(), fx);
        MainWindow.Work work = new MainWindow.Work(new SecondsTicker(background.scheduler(), fx, clock), background.scheduler(),
                background.io(), ZoneId.systemDefault(), alerts,
                SupervisorChats.rest(api, session.server(), session.token(), background.io()));
        return new MainWindow(live, i18n, themes, notices, fx, visitorServices, work, actions, onCloseRequest);
    }
}
