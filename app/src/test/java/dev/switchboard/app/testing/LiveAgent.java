package dev.switchboard.app.testing;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.ChatStore;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.problem.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An agent signed in through the workstation's own client code — login, cache, live session with
 * its socket, sync and chat service — without the windows, for tests that drive it from code.
 */
public final class LiveAgent implements AutoCloseable {

    private final ApiClient api = new ApiClient();
    private final BackgroundExecutors background = new BackgroundExecutors("live-agent");
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final CacheDatabase cache;
    private final LiveSession live;

    private LiveAgent(String backendUrl, String login, String password, Path home) {
        ServerUrl url = ServerUrl.parse(backendUrl);
        LoginResponse answer = api.login(url, new LoginRequest(login, password));
        Session session = new Session(url, login, answer.token(), answer.agent());
        cache = CacheDatabase.open(home, Clock.systemUTC());
        LiveSession.Services services = new LiveSession.Services(new TeamStore(cache), new SessionStore(cache, Clock.systemUTC()),
                new ChatStore(cache), new CannedReplies(cache), api, new TyrusSocketTransport(), background.io(),
                background.newSerialExecutor("sync"), background.newSerialExecutor("chat"), background.scheduler(), Backoff.standard(),
                Clock.systemUTC());
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
        live.start();
    }

    /** Signs in and waits until the agent socket is connected. */
    public static LiveAgent signIn(String backendUrl, String login, String password, Path home) {
        LiveAgent agent = new LiveAgent(backendUrl, login, password, home);
        WorkstationDriver.waitUntil(login + " connected", agent::connected);
        return agent;
    }

    public ChatService chats() {
        return live.chats();
    }

    /** Waits until chat {@code id} is there and meets {@code condition}; answers it. */
    public Chat awaitChat(long id, Predicate<Chat> condition) {
        WorkstationDriver.waitUntil("chat " + id + " in the expected state", () -> chats().snapshot().chat(id).filter(condition).isPresent());
        return chats().snapshot().chat(id).orElseThrow();
    }

    private boolean connected() throws Exception {
        return fx.submit(() -> live.connectionStateProperty().get() == ConnectionState.CONNECTED).get();
    }

    @Override
    public void close() {
        live.close();
        // the session's background work still hands results to the "FX" executor while it ends:
        // it stops first, then the executor, then the cache they both write to
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
