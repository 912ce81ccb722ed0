package dev.switchboard.server.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open agent WebSocket: who it belongs to, its change feed, and sending to it. */
final class AgentConnection implements AgentPeer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentConnection.class);

    private final WsContext ctx;
    private final Principal principal;
    private volatile AutoCloseable feed;
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

    boolean hasFeed() {
        return feed != null;
    }

    void setFeed(AutoCloseable feed) {
        this.feed = feed;
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
        AutoCloseable current = feed;
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
