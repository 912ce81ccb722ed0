package dev.switchboard.server.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.agents.Presence;
import dev.switchboard.server.auth.AccountChangeListener;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.SessionEndListener;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.ws.Ack;
import dev.switchboard.shared.ws.CaughtUp;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import dev.switchboard.shared.ws.Welcome;
import dev.switchboard.shared.ws.WsErrorPayload;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws/agent}: one socket per workstation. Authenticated at the upgrade by the bearer
 * header; carries presence, the live change feed and status changes.
 */
public final class AgentSocket implements HttpApi.Routes, SessionEndListener, AccountChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(AgentSocket.class);
    private static final String PRINCIPAL = "switchboard.principal";
    private static final int MAX_MESSAGE_CHARS = 64 * 1024;
    /** Entity types a subscribe may name as covered by a snapshot (the tickets name two). */
    private static final int MAX_COVERED = 16;
    /** The message types the socket answers itself; features add the others with {@link #addHandler}. */
    private static final Set<String> OWN_TYPES = Set.of(MessageTypes.SYNC_SUBSCRIBE, MessageTypes.STATUS_SET);

    private final Callers callers;
    private final AuthService auth;
    private final Presence presence;
    private final SyncService sync;
    private final Map<String, AgentConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, AgentMessageHandler> handlers = new ConcurrentHashMap<>();

    public AgentSocket(Callers callers, AuthService auth, Presence presence, SyncService sync) {
        this.callers = callers;
        this.auth = auth;
        this.presence = presence;
        this.sync = sync;
    }

    /** Lets a feature answer more message types on the agent socket. Call before the server starts. */
    public void addHandler(AgentMessageHandler handler) {
        for (String type : handler.types()) {
            if (OWN_TYPES.contains(type) || handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException("two handlers for " + type);
            }
        }
    }

    /** Every message type a workstation may send: the socket's own and those the features added. */
    public Set<String> messageTypes() {
        Set<String> types = new TreeSet<>(OWN_TYPES);
        types.addAll(handlers.keySet());
        return Collections.unmodifiableSet(types);
    }

    @Override
    public void register(RoutesConfig routes) {
        String path = dev.switchboard.shared.ws.AgentSocket.PATH;
        routes.wsBeforeUpgrade(path, ctx -> ctx.attribute(PRINCIPAL, callers.of(ctx)));
        routes.ws(path, ws -> {
            ws.onConnect(this::onConnect);
            ws.onMessage(this::onMessage);
            ws.onClose(this::onClose);
            ws.onError(ctx -> LOG.debug("agent socket error: {}", String.valueOf(ctx.error())));
        });
    }

    /** Sends a message to every open socket of the given agents. */
    public void sendToAgents(java.util.Collection<Long> agentIds, Envelope envelope) {
        List<AgentConnection> receivers = connections.values().stream()
                .filter(connection -> agentIds.contains(connection.principal().agentId())).toList();
        if (receivers.isEmpty()) {
            return;
        }
        // written once however many workstations hear it
        String serialized = AgentConnection.serialize(envelope);
        receivers.forEach(connection -> connection.sendSerialized(serialized));
    }

    /** Number of open agent sockets, for health and tests. */
    public int openConnections() {
        return connections.size();
    }

    private void onConnect(WsConnectContext ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        ctx.session.setMaxTextMessageSize(MAX_MESSAGE_CHARS);
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        AgentConnection connection = new AgentConnection(ctx, principal);
        connections.put(ctx.sessionId(), connection);
        Agent agent = presence.connected(principal);
        connection.welcome(envelope(MessageTypes.WELCOME, null, null,
                new Welcome(agent, ProtocolVersion.productVersion(), ProtocolVersion.PROTOCOL)));
        handlers.values().stream().distinct().forEach(handler -> handler.connected(connection));
        LOG.info("agent socket open: login={} session={} address={}", principal.login(), principal.sessionId(), ClientAddress.of(ctx));
    }

    private void onMessage(WsMessageContext ctx) {
        AgentConnection connection = connections.get(ctx.sessionId());
        if (connection == null) {
            return;
        }
        connection.inTurn(() -> answer(connection, ctx.message()));
    }

    private void answer(AgentConnection connection, String text) {
        String ref = null;
        try {
            Envelope message = JsonBodies.read(text, Envelope.class);
            ref = message.id();
            handle(connection, message);
        } catch (ApiException e) {
            connection.send(envelope(MessageTypes.ERROR, null, null, new WsErrorPayload(ref, e.problem())));
        } catch (RuntimeException e) {
            LOG.error("agent socket message failed: login={}", connection.principal().login(), e);
            connection.send(envelope(MessageTypes.ERROR, null, null,
                    new WsErrorPayload(ref, Problem.of(ProblemType.INTERNAL, "the message could not be processed"))));
        }
    }

    private void handle(AgentConnection connection, Envelope message) {
        if (message.type() == null) {
            throw new ApiException(ProblemType.VALIDATION, "a message needs a type");
        }
        Principal principal = connection.principal();
        switch (message.type()) {
            case MessageTypes.SYNC_SUBSCRIBE -> {
                SubscribeRequest request = payload(message, SubscribeRequest.class);
                if (connection.hasFeed() || request.after() < 0 || request.covered().values().stream().anyMatch(seq -> seq < 0)
                        || request.covered().size() > MAX_COVERED) {
                    throw new ApiException(ProblemType.VALIDATION, "subscribe once per connection, with after >= 0 and at most "
                            + MAX_COVERED + " covered entity types, each with a seq >= 0");
                }
                connection.setFeed(sync.follow(principal, request.after(), request.covered(),
                        change -> connection.send(changeEnvelope(change)),
                        seq -> connection.send(envelope(MessageTypes.SYNC_CAUGHT_UP, null, seq, new CaughtUp(seq)))));
                acknowledge(connection, message);
            }
            case MessageTypes.STATUS_SET -> {
                StatusChange change = payload(message, StatusChange.class);
                presence.choose(principal, change);
                acknowledge(connection, message);
            }
            default -> {
                AgentMessageHandler handler = handlers.get(message.type());
                if (handler == null) {
                    throw new ApiException(ProblemType.VALIDATION, "unknown message type " + message.type());
                }
                handler.handle(connection, message);
                acknowledge(connection, message);
            }
        }
    }

    private void onClose(WsCloseContext ctx) {
        AgentConnection connection = connections.get(ctx.sessionId());
        if (connection != null) {
            connection.stopFeed();
            handlers.values().stream().distinct().forEach(handler -> handler.closed(connection));
            presence.disconnected(connection.principal());
            // removed last, so that "no open sockets" implies the presence is already updated
            connections.remove(ctx.sessionId());
            LOG.info("agent socket closed: login={} code={}", connection.principal().login(), ctx.status());
        }
    }

    @Override
    public void sessionsEnded(Set<Long> sessionIds, String reason) {
        connections.values().stream()
                .filter(connection -> sessionIds.contains(connection.principal().sessionId()))
                .forEach(connection -> endSession(connection, reason));
    }

    /**
     * Keeps the sessions of open sockets alive and closes the sockets whose session has ended. A
     * role found changed (by whatever means) is taken as {@link #accountChanged} would.
     */
    public void checkSessions() {
        for (AgentConnection connection : connections.values()) {
            Optional<Principal> current = auth.keepAlive(connection.principal().sessionId());
            if (current.isEmpty()) {
                endSession(connection, "session expired");
            } else if (!current.get().equals(connection.principal())) {
                takeAccountChange(connection, current.get());
            }
        }
    }

    /**
     * The account's role, groups or enabled flag changed: each of its sockets checks its next
     * messages against the account as it is now, features drop what it may no longer have
     * (watched chats, offers, queues), and the workstation is told. A disabled account's sessions
     * ended already; their sockets close.
     */
    @Override
    public void accountChanged(long agentId) {
        connections.values().stream().filter(connection -> connection.principal().agentId() == agentId).forEach(connection -> {
            Optional<Principal> current = auth.current(connection.principal().sessionId());
            if (current.isEmpty()) {
                endSession(connection, "the session has ended");
            } else {
                takeAccountChange(connection, current.get());
            }
        });
    }

    private void takeAccountChange(AgentConnection connection, Principal current) {
        connection.inTurn(() -> {
            Principal before = connection.replacePrincipal(current);
            connection.feedReaderChanged();
            if (before.role() != current.role()) {
                LOG.info("agent socket role changed: login={} {} -> {}", current.login(), before.role(), current.role());
            }
            handlers.values().stream().distinct().forEach(handler -> handler.accountChanged(connection, before));
            connection.send(envelope(MessageTypes.ACCOUNT_CHANGED, null, null, auth.describe(current)));
        });
    }

    private void endSession(AgentConnection connection, String reason) {
        connection.send(envelope(MessageTypes.SESSION_ENDED, null, null, Problem.of(ProblemType.UNAUTHENTICATED, reason)));
        connection.close(dev.switchboard.shared.ws.AgentSocket.CLOSE_SESSION_ENDED, reason);
    }

    private static void acknowledge(AgentConnection connection, Envelope message) {
        if (message.id() != null) {
            connection.send(envelope(MessageTypes.ACK, null, null, new Ack(message.id())));
        }
    }

    private static <T> T payload(Envelope message, Class<T> type) {
        JsonNode payload = message.payload();
        return JsonBodies.read(payload == null ? null : payload.toString(), type);
    }

    private static Envelope changeEnvelope(Change change) {
        return envelope(MessageTypes.CHANGE, null, change.seq(), change);
    }

    private static Envelope envelope(String type, String id, Long seq, Object payload) {
        return Envelope.outgoing(type, id, seq, payload);
    }
}
