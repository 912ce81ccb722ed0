package dev.switchboard.server.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open agent WebSocket: who it belongs to, its change feed, and sending to it. */
final class AgentConnection implements AgentPeer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);

    private final WsContext ctx;
    /** Replaced when the account's role changes: every message is checked against the current one. */
    private volatile Principal principal;
    /**
     * Taken while a message is handled and while the account changes, so a change never lands in
     * the middle of a message that checked the role before it (a watch added after the change
     * dropped the watchers would outlive it).
     */
    private final ReentrantLock turn = new ReentrantLock();
    private volatile SyncService.Feed feed;
    /** Messages pushed before the welcome went out wait here: the welcome is always first. */
    private List<String> beforeWelcome = new ArrayList<>();

    AgentConnection(WsContext ctx, Principal principal) {
        this.ctx = ctx;
        this.principal = principal;
    }

    @Override
    public String id() {
        return ctx.sessionId();
    }

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public boolean isOpen() {
        return ctx.session.isOpen();
    }

    /** Runs {@code work} with no other message or account change of this socket in between. */
    void inTurn(Runnable work) {
        turn.lock();
        try {
            work.run();
        } finally {
            turn.unlock();
        }
    }

    /** Takes the account as it is now; answers the principal it replaces. Call in turn. */
    Principal replacePrincipal(Principal current) {
        Principal before = principal;
        principal = current;
        return before;
    }

    boolean hasFeed() {
        return feed != null;
    }

    void setFeed(SyncService.Feed feed) {
        this.feed = feed;
    }

    /** The change feed filters by the account as it is now (groups decide which canned replies it sees). */
    void feedReaderChanged() {
        SyncService.Feed current = feed;
        if (current != null) {
            current.readerChanged(principal);
        }
    }

    /**
     * Queues a message without waiting for the network, so that publishing a change to many
     * sockets never blocks the writer that made it.
     */
    @Override
    public void send(Envelope envelope) {
        sendSerialized(serialize(envelope));
    }

    static String serialize(Envelope envelope) {
        try {
            return Json.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("protocol types always serialize", e);
        }
    }

    /** Sends the welcome, then whatever was pushed while it was being prepared. */
    synchronized void welcome(Envelope welcome) {
        List<String> waiting = beforeWelcome;
        beforeWelcome = null;
        send(welcome);
        waiting.forEach(this::sendSerialized);
    }

    @Override
    public void sendSerialized(String envelope) {
        synchronized (this) {
            if (beforeWelcome != null) {
                beforeWelcome.add(envelope);
                return;
            }
        }
        if (!ctx.session.isOpen()) {
            return;
        }
        try {
            ctx.send(envelope);
        } catch (RuntimeException e) {
            LOG.debug("send to {} failed: {}", principal.login(), e.toString());
        }
    }

    void close(int code, String reason) {
        stopFeed();
        if (ctx.session.isOpen()) {
            ctx.closeSession(code, reason);
        }
    }

    void stopFeed() {
        SyncService.Feed current = feed;
        feed = null;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                LOG.warn("closing the change feed of {} failed", principal.login(), e);
            }
        }
    }
}
