package dev.switchboard.app.net;

import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import dev.switchboard.shared.ws.Welcome;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent WebSocket {@code /ws/agent} of one signed-in session, kept open: on every connect it
 * waits for {@code welcome} and subscribes with the cursor of what is already applied, so a
 * reconnect resumes exactly where the last connection stopped. A lost connection is retried with
 * {@link Backoff}; an ended session ({@code session.ended}, close code 4401, or an upgrade
 * refused with 401) stops it for good. Every other message goes to the handler registered for its
 * type in {@link MessageHandlers}.
 *
 * <p>Each attempt has a generation number; events of an older socket are ignored, so a late
 * close of a replaced socket cannot disturb the current one. Listener methods are called on
 * network threads, sometimes under this object's lock: they must only hand work off.
 */
public final class AgentConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    /** What happens to the connection itself. */
    public interface Listener {
        void stateChanged(ConnectionState state);

        void welcomed(Welcome welcome);

        /** The session is over; sign in again. {@code reason} is the server's, when it sent one. */
        void sessionEnded(Optional<Problem> reason);

        void incompatibleServer(int serverProtocol, String serverVersion);
    }

    private final URI uri;
    private final String token;
    private final SocketTransport transport;
    private final Executor io;
    private final Scheduler scheduler;
    private final Backoff backoff;
    private final LongSupplier cursor;
    private final Listener listener;

    private final Object lock = new Object();
    private final AwaitedReplies awaitedReplies = new AwaitedReplies();
    private final IncomingMessageDispatcher incoming;
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private volatile Supplier<Map<String, Long>> covered = Map::of;
    private ConnectionState state = ConnectionState.OFFLINE;
    private long generation;
    private int failures;
    private boolean stopped;
    private SocketTransport.SocketLink link;
    private Scheduler.Cancellable nextAttempt;

    public AgentConnection(ServerUrl server, String token, SocketTransport transport, Executor io,
                           Scheduler scheduler, Backoff backoff, LongSupplier cursor, Listener listener,
                           MessageHandlers handlers) {
        this.uri = server.webSocket(AgentSocket.PATH);
        this.token = token;
        this.transport = transport;
        this.io = io;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.cursor = cursor;
        this.listener = listener;
        this.incoming = new IncomingMessageDispatcher(handlers, awaitedReplies);
    }

    /**
     * Sends {@code type} (without payload) after {@code sync.subscribe} on every connect, e.g.
     * {@code visitors.subscribe}: what a feature wants the server to push on each new socket.
     */
    public void subscribeOnConnect(String type) {
        subscriptions.add(type);
    }

    /** What {@code sync.subscribe} names as covered by snapshots (see {@link SubscribeRequest}); asked on every connect. */
    public void coveredBy(Supplier<Map<String, Long>> covered) {
        this.covered = covered;
    }

    /** Connects now, on the I/O executor. */
    public void start() {
        long attempt;
        synchronized (lock) {
            if (stopped || state != ConnectionState.OFFLINE) {
                return;
            }
            attempt = ++generation;
            setState(ConnectionState.CONNECTING);
        }
        io.execute(() -> attempt(attempt));
    }

    public ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * Sends {@code status.set}; completes when the server acknowledges, fails with
     * {@link ProblemException} when it refuses, {@link NotConnectedException} when offline.
     */
    public CompletableFuture<Void> setStatus(AgentStatus status) {
        return request(MessageTypes.STATUS_SET, new StatusChange(status));
    }

    /**
     * Sends a message with a new id; completes when the server acknowledges it ({@code ack}),
     * fails with {@link ProblemException} when it refuses ({@code error}), with
     * {@link NotConnectedException} when offline or the connection drops, and with a
     * {@link java.util.concurrent.TimeoutException} when no answer comes in time.
     */
    public CompletableFuture<Void> request(String type, Object payload) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Void> reply = new CompletableFuture<>();
        SocketTransport.SocketLink current;
        synchronized (lock) {
            if (state != ConnectionState.CONNECTED || link == null) {
                return CompletableFuture.failedFuture(new NotConnectedException("not connected"));
            }
            current = link;
            awaitedReplies.add(id, reply);
        }
        String message = ProtocolJson.write(new Envelope(type, id, null, ProtocolJson.tree(payload)));
        sendInBackground(current, message,
                failure -> reply.completeExceptionally(new NotConnectedException("sending failed: " + failure.getMessage())));
        return reply.orTimeout(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, error) -> awaitedReplies.forget(id));
    }

    /**
     * Sends a message that needs no answer (typing, read receipts); false when offline, in which
     * case it is dropped.
     */
    public boolean tell(String type, Object payload) {
        SocketTransport.SocketLink current;
        synchronized (lock) {
            if (state != ConnectionState.CONNECTED || link == null) {
                return false;
            }
            current = link;
        }
        String message = ProtocolJson.write(new Envelope(type, null, null, ProtocolJson.tree(payload)));
        return sendInBackground(current, message, failure -> LOG.debug("Could not send {}: {}", type, failure.getMessage()));
    }

    /**
     * Sends on the I/O executor, where a send may block. The socket or the executor can close
     * under the caller at any moment (sign-out, shutdown); then {@code failed} learns it was not
     * sent, and nothing is thrown: answers false when the executor no longer takes work.
     */
    private boolean sendInBackground(SocketTransport.SocketLink link, String message, Consumer<Exception> failed) {
        try {
            io.execute(() -> {
                try {
                    link.send(message);
                } catch (IOException | RuntimeException e) {
                    failed.accept(e);
                }
            });
            return true;
        } catch (RejectedExecutionException closed) {
            failed.accept(closed);
            return false;
        }
    }

    /** Runs {@code work} on the I/O executor, or here when that is shut down (closing a socket must still happen). */
    private void onIoOrHere(Runnable work) {
        try {
            io.execute(work);
        } catch (RejectedExecutionException closed) {
            work.run();
        }
    }

    /** Stops for good: closes the socket and cancels any planned reconnect. */
    @Override
    public void close() {
        SocketTransport.SocketLink closing;
        synchronized (lock) {
            closing = stop();
        }
        if (closing != null) {
            closing.close();
        }
    }

    private void attempt(long attempt) {
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
        }
        try {
            transport.open(uri, token, new Handler(attempt));
        } catch (SocketTransport.HandshakeRefusedException e) {
            if (e.status() == 401) {
                endSession(attempt, Optional.empty());
            } else {
                LOG.info("Agent WebSocket refused with HTTP {}; retrying", e.status());
                lost(attempt);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Agent WebSocket could not connect to {}", uri, e);
            lost(attempt);
        }
    }

    /** The socket of {@code attempt} is gone: plan the next attempt. */
    private void lost(long attempt) {
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
            link = null;
            awaitedReplies.failAll();
            long next = ++generation;
            Duration delay = backoff.delay(failures++);
            LOG.info("Agent WebSocket to {} lost; reconnecting in {} ms", uri, delay.toMillis());
            nextAttempt = scheduler.schedule(delay, () -> io.execute(() -> attempt(next)));
            setState(ConnectionState.RECONNECTING);
        }
    }

    private void endSession(long attempt, Optional<Problem> reason) {
        SocketTransport.SocketLink closing;
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
            closing = stop();
        }
        if (closing != null) {
            onIoOrHere(closing::close);
        }
        listener.sessionEnded(reason);
    }

    /** Stops under the lock; answers the open socket, which the caller closes outside the lock. */
    private SocketTransport.SocketLink stop() {
        stopped = true;
        generation++;
        if (nextAttempt != null) {
            nextAttempt.cancel();
            nextAttempt = null;
        }
        SocketTransport.SocketLink open = link;
        link = null;
        awaitedReplies.failAll();
        setState(ConnectionState.OFFLINE);
        return open;
    }


    private void setState(ConnectionState newState) {
        if (state != newState) {
            state = newState;
            listener.stateChanged(newState);
        }
    }

    private void received(long attempt, IncomingMessageDispatcher.SessionEvents session, String text) {
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
        }
        incoming.dispatch(text, session);
    }

    private void welcomed(long attempt, SocketTransport.SocketLink from, Welcome welcome) {
        if (!ProtocolVersion.isCompatible(welcome.protocol())) {
            synchronized (lock) {
                if (stopped || attempt != generation) {
                    return;
                }
                stop();
            }
            onIoOrHere(from::close);
            listener.incompatibleServer(welcome.protocol(), welcome.serverVersion());
            return;
        }
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
            failures = 0;
            setState(ConnectionState.CONNECTED);
        }
        listener.welcomed(welcome);
        String subscribe = ProtocolJson.write(new Envelope(MessageTypes.SYNC_SUBSCRIBE, null, null,
                ProtocolJson.tree(new SubscribeRequest(cursor.getAsLong(), covered.get()))));
        try {
            from.send(subscribe);
            for (String type : subscriptions) {
                from.send(ProtocolJson.write(new Envelope(type, null, null, null)));
            }
        } catch (IOException e) {
            lost(attempt);
        }
    }

    /**
     * Events of the socket of one attempt, and the session messages that arrive on it: both must
     * know the attempt, so a message from a replaced socket cannot act on the current one.
     */
    private final class Handler implements SocketTransport.SocketHandler, IncomingMessageDispatcher.SessionEvents {
        private final long attempt;
        private volatile SocketTransport.SocketLink own;

        Handler(long attempt) {
            this.attempt = attempt;
        }

        @Override
        public void opened(SocketTransport.SocketLink opened) {
            synchronized (lock) {
                if (stopped || attempt != generation) {
                    onIoOrHere(opened::close);
                    return;
                }
                own = opened;
                link = opened;
            }
        }

        @Override
        public void text(String message) {
            received(attempt, this, message);
        }

        @Override
        public void welcomed(Welcome welcome) {
            AgentConnection.this.welcomed(attempt, own, welcome);
        }

        @Override
        public void sessionEnded(Problem reason) {
            endSession(attempt, Optional.of(reason));
        }

        @Override
        public void closed(int code, String reason) {
            if (code == AgentSocket.CLOSE_SESSION_ENDED) {
                endSession(attempt, Optional.empty());
            } else {
                LOG.debug("Agent WebSocket closed: {} {}", code, reason);
                lost(attempt);
            }
        }

        @Override
        public void failed(Throwable error) {
            LOG.debug("Agent WebSocket failed", error);
            lost(attempt);
        }
    }
}
