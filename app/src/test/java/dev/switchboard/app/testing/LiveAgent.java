package dev.switchboard.app.testing;

import dev.switchboard.app.Features;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.FeatureSet;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.settings.Settings;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.settings.SettingsStore;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.problem.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * An agent signed in through the workstation's own client code — login, cache, live session with
 * its socket and sync, and every feature joined to it (the chat service among them) — without the
 * windows, for tests that drive it from code.
 */
public final class LiveAgent implements AutoCloseable {

    private final ApiClient api = new ApiClient();
    private final BackgroundExecutors background = new BackgroundExecutors("live-agent");
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final CacheDatabase cache;
    private final LiveSession live;
    private final ChatService chats;
    private final SessionContext joined;

    private LiveAgent(String backendUrl, String login, String password, Path home) {
        ServerUrl url = ServerUrl.parse(backendUrl);
        LoginResponse answer = api.login(url, new LoginRequest(login, password));
        Session session = new Session(url, login, answer.token(), answer.agent());
        I18n i18n = new I18n(Locale.ENGLISH);
        ThemeManager themes = new ThemeManager(AppTheme.LIGHT);
        FeatureSet features = new FeatureSet(Features.ALL, new AppContext(i18n, themes,
                new NotificationCenter(background.scheduler(), fx, () -> false, () -> { }), api, background, fx, Clock.systemUTC(),
                ZoneOffset.UTC));
        cache = CacheDatabase.open(home, Clock.systemUTC(), features.cacheMigrations());
        features.openStores(cache);
        features.app().provide(SettingsService.class,
                new SettingsService(new SettingsStore(cache), i18n, themes, Settings.defaults(Locale.ENGLISH)));
        LiveSession.Services services = new LiveSession.Services(new TeamStore(cache), new SessionStore(cache, Clock.systemUTC()),
                api, new TyrusSocketTransport(), background.io(), background.newSerialExecutor("sync"), background.scheduler(),
                Backoff.standard(), Clock.systemUTC());
        live = new LiveSession(session, services, fx, new LiveSession.Events() {
            @Override
            public void sessionEnded(Optional<Problem> reason) {
            }

            @Override
            public void incompatibleServer(int serverProtocol, String serverVersion) {
            }

            @Override
            public void connectionChanged(ConnectionState from, ConnectionState to) {
            }
        });
        joined = features.joinSession(live);
        chats = joined.require(SessionChats.class).service();
        live.start();
    }

    /** Signs in and waits until the agent socket is connected. */
    public static LiveAgent signIn(String backendUrl, String login, String password, Path home) {
        LiveAgent agent = new LiveAgent(backendUrl, login, password, home);
        WorkstationDriver.waitUntil(login + " connected", agent::connected);
        return agent;
    }

    /** What the features joined to the session provide (their wiring), for tests that reach into one. */
    public SessionContext session() {
        return joined;
    }

    /** The workstation's cache file, as its features write it. */
    public CacheDatabase cache() {
        return cache;
    }

    public ChatService chats() {
        return chats;
    }

    /** Waits until chat {@code id} is there and meets {@code condition}; answers it. */
    public Chat awaitChat(long id, Predicate<Chat> condition) {
        try {
            WorkstationDriver.waitUntil("chat " + id + " in the expected state", () -> chats().snapshot().chat(id).filter(condition).isPresent());
        } catch (AssertionError timedOut) {
            // what the agent had instead, so that a failure in a CI log can be traced
            throw new AssertionError(timedOut.getMessage() + "; the agent had " + chats().snapshot().chat(id)
                    .map(chat -> chat.phase() + " with messages " + chat.messages().stream().map(m -> m.seq() + ":" + m.body()).toList()
                            + ", outbox " + chat.outbox().size())
                    .orElse("no such chat, connected " + connectedNow()), timedOut);
        }
        return chats().snapshot().chat(id).orElseThrow();
    }

    private String connectedNow() {
        try {
            return String.valueOf(connected());
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }

    private boolean connected() throws Exception {
        return fx.submit(() -> live.connectionStateProperty().get() == ConnectionState.CONNECTED).get();
    }

    @Override
    public void close() {
        live.close();
        // the session's background work still hands results to the "FX" executor while it ends
        // (the chats publish once more as they write their last changes): it stops first, then
        // the executor, then the cache they both write to
        try {
            live.written().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the session did not finish writing", e);
        }
        background.close();
        fx.shutdown();
        try {
            fx.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cache.close();
        api.close();
    }
}
