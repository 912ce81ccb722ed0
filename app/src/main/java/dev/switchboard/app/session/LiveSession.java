package dev.switchboard.app.session;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.ChatLink;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.ChatStore;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.chat.RestChatApi;
import dev.switchboard.app.net.AgentConnection;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.net.SocketTransport;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.sync.SyncEngine;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamState;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.Welcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that runs while an account is signed in: the agent WebSocket, the sync engine, the
 * team state and the live visitor list the UI shows. Network and cache work happen on background
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

    /** The background parts a live session needs; {@code serial} and {@code chatSerial} are its own, shut down on close. */
    public record Services(TeamStore teamStore, SessionStore sessionStore, ChatStore chatStore, CannedReplies cannedReplies,
                           ApiClient api, SocketTransport transport, Executor io, ExecutorService serial,
                           ExecutorService chatSerial, Scheduler scheduler, Backoff backoff, Clock clock) {
    }

    private final Session session;
    private final Services services;
    private final Events events;
    private final TeamState team = new TeamState();
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState =
            new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Agent> self;
    private final SyncEngine sync;
    private final VisitorFeed visitors;
    private final ChatService chats;
    private final ReadOnlyObjectWrapper<ChatsSnapshot> chatsSnapshot = new ReadOnlyObjectWrapper<>(ChatsSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<QueueSnapshot> queue = new ReadOnlyObjectWrapper<>(new QueueSnapshot(List.of()));
    private final Coalescer<QueueSnapshot> queueToFx;
    private final AgentConnection connection;
    private final Coalescer<ConnectionState> stateToFx;
    private boolean closed;
    private CompletableFuture<Void> chatsWritten = CompletableFuture.completedFuture(null);

    public LiveSession(Session session, Services services, Executor fx, Events events) {
        this.session = session;
        this.services = services;
        this.events = events;
        this.self = new ReadOnlyObjectWrapper<>(session.agent());
        Coalescer<TeamSnapshot> snapshots = Coalescer.latest(fx, this::showSnapshot);
        this.sync = new SyncEngine(services.teamStore(), services.serial(), snapshots::offer, List.of(services.cannedReplies()));
        this.stateToFx = new Coalescer<>(fx, batch -> batch.forEach(this::showState));
        this.visitors = new VisitorFeed(fx, services.clock());
        Coalescer<ChatsSnapshot> chatSnapshots = Coalescer.latest(fx, chatsSnapshot::set);
        ChatService.Services chatServices = new ChatService.Services(services.chatStore(), new ConnectionLink(),
                new RestChatApi(services.api(), session.server(), session.token(), services.io()), services.chatSerial(),
                services.scheduler(), services.clock());
        this.chats = new ChatService(session.agent().id(), chatServices, chatSnapshots::offer);
        this.queueToFx = Coalescer.latest(fx, queue::set);
        this.connection = new AgentConnection(session.server(), session.token(), services.transport(), services.io(),
                services.scheduler(), services.backoff(), sync::cursor, new ConnectionEvents(fx));
    }

    /** Shows the cached team and chats at once, then connects and catches up from the cached cursor. */
    public void start() {
        CompletableFuture<?> team = sync.load().whenComplete((snapshot, error) -> {
            if (error != null) {
                // Without the cache the sync starts from an empty team; it still gets everything.
                LOG.warn("Could not read the cached team", error);
            }
        });
        CompletableFuture<?> cachedChats = chats.load().whenComplete((snapshot, error) -> {
            if (error != null) {
                // The chats come again from the server; only an unsent outbox would be missing.
                LOG.warn("Could not read the cached chats", error);
            }
        });
        CompletableFuture<?> replies = services.cannedReplies().load();
        CompletableFuture.allOf(team, cachedChats, replies).whenComplete((ignored, error) -> connection.start());
    }

    public Session session() {
        return session;
    }

    public TeamState team() {
        return team;
    }

    /** The online visitors, kept current while the session is connected. */
    public VisitorFeed visitors() {
        return visitors;
    }

    /** The agent's chats: the service to act on them. */
    public ChatService chats() {
        return chats;
    }

    /** The newest chats snapshot, on the FX thread. */
    public ReadOnlyObjectProperty<ChatsSnapshot> chatsProperty() {
        return chatsSnapshot.getReadOnlyProperty();
    }

    /** The waiting queues of the agent's groups (a supervisor's: every group) as last pushed, on the FX thread. */
    public ReadOnlyObjectProperty<QueueSnapshot> queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public CannedReplies cannedReplies() {
        return services.cannedReplies();
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

    /** Disconnects and stops syncing. FX thread. */
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
        // Drafts and read marks not written yet go to the cache first; queued work still runs after shutdown().
        chatsWritten = chats.close().exceptionally(error -> {
            LOG.warn("Could not write the last chat changes to the cache", error);
            return null;
        });
        services.chatSerial().shutdown();
    }

    /** Completes when the chats' last changes are in the cache after {@link #close()}: close the cache only then. */
    public CompletableFuture<Void> chatsWritten() {
        return chatsWritten;
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

    /** The chat service's way to the agent socket. */
    private final class ConnectionLink implements ChatLink {
        @Override
        public CompletableFuture<Void> request(String type, Object payload) {
            return connection.request(type, payload);
        }

        @Override
        public boolean tell(String type, Object payload) {
            return connection.tell(type, payload);
        }
    }

    /** Hands the connection's events from network threads to the sync engine and the FX thread. */
    private final class ConnectionEvents implements AgentConnection.Listener {
        private final Executor fx;

        ConnectionEvents(Executor fx) {
            this.fx = fx;
        }

        @Override
        public void stateChanged(ConnectionState state) {
            stateToFx.offer(state);
            chats.connectionChanged(state == ConnectionState.CONNECTED);
        }

        @Override
        public void welcomed(Welcome welcome) {
            services.sessionStore().updateAgent(welcome.agent());
            fx.execute(() -> showSelf(welcome.agent()));
        }

        /** Shown at once, before the change log brings the same agent: a demoted supervisor's pages go now. */
        @Override
        public void accountChanged(Agent agent) {
            services.sessionStore().updateAgent(agent);
            fx.execute(() -> showSelf(agent));
        }

        @Override
        public void changeReceived(Change change) {
            sync.accept(change);
        }

        @Override
        public void caughtUp(long seq) {
            sync.caughtUp(seq);
            chats.caughtUp();
        }

        @Override
        public void chatReceived(Envelope envelope) {
            if (ChatMessages.QUEUE.equals(envelope.type())) {
                queueReceived(envelope);
            } else {
                chats.received(envelope);
            }
        }

        private void queueReceived(Envelope envelope) {
            try {
                queueToFx.offer(ProtocolJson.read(envelope.payload(), QueueSnapshot.class));
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring an unreadable queue message: {}", e.getMessage());
            }
        }

        @Override
        public void visitorsReceived(VisitorBatch batch, boolean snapshot) {
            visitors.accept(batch, snapshot);
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
