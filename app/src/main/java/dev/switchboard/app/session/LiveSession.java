package dev.switchboard.app.session;

import dev.switchboard.app.net.AgentConnection;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.MessageHandlers;
import dev.switchboard.app.net.SocketTransport;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.sync.SyncEngine;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamState;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.ws.CaughtUp;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.Welcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that runs while an account is signed in: the agent WebSocket, the sync engine, the
 * team state and the agent's own account. What the features do with the session (their messages,
 * synced entities, what they load before connecting and write when closing) they add before
 * {@link #start()}; the session knows none of them. Network and cache work happen on background
 * threads; the properties here change on the FX thread only, fed through coalescers.
 */
public final class LiveSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

    /** What the window flow must react to. Called on the FX thread. */
    public interface Events {
        void sessionEnded(Optional<Problem> reason);

        void incompatibleServer(int serverProtocol, String serverVersion);

        /** The connection went from connected to reconnecting, or back. */
        void connectionChanged(ConnectionState from, ConnectionState to);
    }

    /** The background parts a live session needs; {@code serial} is its own, shut down on close. */
    public record Services(TeamStore teamStore, SessionStore sessionStore, ApiClient api, SocketTransport transport, Executor io,
                           ExecutorService serial, Scheduler scheduler, Backoff backoff, Clock clock) {
    }

    private final Session session;
    private final Services services;
    private final Events events;
    private final TeamState team = new TeamState();
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Agent> self;
    private final SyncEngine sync;
    private final MessageHandlers handlers = new MessageHandlers();
    private final AgentConnection connection;
    private final Coalescer<ConnectionState> stateToFx;
    private final List<Supplier<CompletableFuture<?>>> beforeConnect = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionState>> connectionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> caughtUpListeners = new CopyOnWriteArrayList<>();
    private final List<Supplier<CompletableFuture<Void>>> closeSteps = new CopyOnWriteArrayList<>();
    private boolean started;
    private boolean closed;
    private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

    public LiveSession(Session session, Services services, Executor fx, Events events) {
        this.session = session;
        this.services = services;
        this.events = events;
        this.self = new ReadOnlyObjectWrapper<>(session.agent());
        Coalescer<TeamSnapshot> snapshots = Coalescer.latest(fx, this::showSnapshot);
        this.sync = new SyncEngine(services.teamStore(), services.serial(), snapshots::offer);
        this.stateToFx = new Coalescer<>(fx, batch -> batch.forEach(this::showState));
        handlers.add(MessageTypes.CHANGE, Change.class, sync::accept);
        handlers.add(MessageTypes.SYNC_CAUGHT_UP, CaughtUp.class, this::caughtUp);
        // Shown at once, before the change log brings the same agent: a demoted supervisor's pages go now.
        handlers.add(MessageTypes.ACCOUNT_CHANGED, Agent.class, agent -> agentChanged(agent, fx));
        this.connection = new AgentConnection(session.server(), session.token(), services.transport(), services.io(),
                services.scheduler(), services.backoff(), sync::cursor, new ConnectionEvents(fx), handlers);
        connection.coveredBy(sync::covered);
    }

    // --- what features add before the session starts (FX thread) ---

    /** Handles every agent-socket message of {@code type}; on a network thread, so hand the work off. */
    public void handle(String type, Consumer<Envelope> handler) {
        beforeStart();
        handlers.add(type, handler);
    }

    /** Sends {@code type} on every connect, after the sync subscription (e.g. {@code visitors.subscribe}). */
    public void subscribeOnConnect(String type) {
        beforeStart();
        connection.subscribeOnConnect(type);
    }

    /** Hands the change log's changes of one entity type to the feature that keeps them. */
    public void sync(SyncedEntities entities) {
        beforeStart();
        sync.register(entities);
    }

    /** Loads what the feature shows from the cache; the connection starts when every load is done, failed or not. */
    public void beforeConnect(Supplier<CompletableFuture<?>> load) {
        beforeStart();
        beforeConnect.add(load);
    }

    /** Told every change of the connection's state, on a network thread. */
    public void onConnectionChanged(Consumer<ConnectionState> listener) {
        beforeStart();
        connectionListeners.add(listener);
    }

    /** Told when the server has sent this connection its backlog, on a network thread. */
    public void onCaughtUp(Runnable listener) {
        beforeStart();
        caughtUpListeners.add(listener);
    }

    /**
     * Runs when the session closes, after the socket is told to close; the future completes when
     * what the feature still had to write is in the cache, and {@link #written()} waits for it.
     */
    public void onClose(Supplier<CompletableFuture<Void>> step) {
        beforeStart();
        closeSteps.add(step);
    }

    private void beforeStart() {
        if (started) {
            throw new IllegalStateException("The session has started; add to it before");
        }
    }

    // --- the session itself ---

    /** Shows the cached team and the features' cached data at once, then connects and catches up from the cached cursor. */
    public void start() {
        started = true;
        CompletableFuture<?> cachedTeam = sync.load().whenComplete((snapshot, error) -> {
            if (error != null) {
                // Without the cache the sync starts from an empty team; it still gets everything.
                LOG.warn("Could not read the cached team", error);
            }
        });
        CompletableFuture<?>[] loads = new CompletableFuture<?>[beforeConnect.size() + 1];
        loads[0] = cachedTeam;
        for (int i = 0; i < beforeConnect.size(); i++) {
            loads[i + 1] = beforeConnect.get(i).get();
        }
        CompletableFuture.allOf(loads).whenComplete((ignored, error) -> connection.start());
    }

    public Session session() {
        return session;
    }

    public TeamState team() {
        return team;
    }

    /** The signed-in agent as last synced (status, groups, name). */
    public ReadOnlyObjectProperty<Agent> selfProperty() {
        return self.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /** Asks the server for a new status; the status shown changes when the change comes back. */
    public CompletableFuture<Void> setStatus(AgentStatus status) {
        return connection.setStatus(status);
    }

    /** Sends a message that the server acknowledges; see {@link AgentConnection#request}. Any thread. */
    public CompletableFuture<Void> request(String type, Object payload) {
        return connection.request(type, payload);
    }

    /** Sends a message that needs no answer; false when offline. Any thread. */
    public boolean tell(String type, Object payload) {
        return connection.tell(type, payload);
    }

    /** Disconnects, stops syncing and runs the features' close steps. FX thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Closing a socket talks to the network: keep it off the FX thread, socket before client.
        services.io().execute(() -> {
            connection.close();
            services.transport().close();
        });
        services.serial().shutdown();
        written = CompletableFuture.allOf(closeSteps.stream().map(Supplier::get).toArray(CompletableFuture[]::new));
    }

    /** Completes when the features' last changes are in the cache after {@link #close()}: close the cache only then. */
    public CompletableFuture<Void> written() {
        return written;
    }

    private void caughtUp(CaughtUp caught) {
        sync.caughtUp(caught.seq());
        caughtUpListeners.forEach(Runnable::run);
    }

    private void agentChanged(Agent agent, Executor fx) {
        services.sessionStore().updateAgent(agent);
        fx.execute(() -> showSelf(agent));
    }

    private void showSnapshot(TeamSnapshot snapshot) {
        team.publish(snapshot);
        snapshot.agent(session.agent().id()).ifPresent(this::showSelf);
    }

    private void showSelf(Agent agent) {
        if (agent.version() >= self.get().version()) {
            self.set(agent);
        }
    }

    private void showState(ConnectionState state) {
        ConnectionState before = connectionState.get();
        connectionState.set(state);
        if (before != state && !closed) {
            events.connectionChanged(before, state);
        }
    }

    /** Hands the connection's events from network threads to the features and the FX thread. */
    private final class ConnectionEvents implements AgentConnection.Listener {
        private final Executor fx;

        ConnectionEvents(Executor fx) {
            this.fx = fx;
        }

        @Override
        public void stateChanged(ConnectionState state) {
            stateToFx.offer(state);
            connectionListeners.forEach(listener -> listener.accept(state));
        }

        @Override
        public void welcomed(Welcome welcome) {
            agentChanged(welcome.agent(), fx);
        }

        @Override
        public void sessionEnded(Optional<Problem> reason) {
            fx.execute(() -> {
                if (!closed) {
                    events.sessionEnded(reason);
                }
            });
        }

        @Override
        public void incompatibleServer(int serverProtocol, String serverVersion) {
            fx.execute(() -> {
                if (!closed) {
                    events.incompatibleServer(serverProtocol, serverVersion);
                }
            });
        }
    }
}
