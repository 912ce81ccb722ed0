package dev.switchboard.server.visitors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import io.javalin.websocket.WsContext;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** One open page (tab) of a visitor: its socket, and what it reported. */
final class VisitorPage implements VisitorPeer {

    /**
     * Far above what a person types, yet room for a widget sending the messages it kept while
     * offline all at once after a reconnect: a lower limit would close that socket again and again.
     */
    private static final int FLOOD_MESSAGES = 60;
    private static final long FLOOD_WINDOW_NANOS = 10_000_000_000L;

    final WsContext ctx;
    final String ip;
    final String userAgent;
    final String origin;
    private final Deque<Long> recent = new ArrayDeque<>();
    volatile String visitorId;
    volatile long pageViewId;
    volatile long visitId;
    volatile Instant openedAt;
    volatile String site;

    VisitorPage(WsContext ctx, String ip, String userAgent, String origin) {
        this.ctx = ctx;
        this.ip = ip;
        this.userAgent = userAgent;
        this.origin = origin;
    }

    String id() {
        return ctx.sessionId();
    }

    @Override
    public String visitorId() {
        return visitorId;
    }

    @Override
    public String site() {
        return site;
    }

    @Override
    public String address() {
        return ip;
    }

    boolean greeted() {
        return visitorId != null;
    }

    /** True when this message is one too many for the flood limit: 60 messages in 10 seconds. */
    synchronized boolean floods(long nowNanos) {
        recent.addLast(nowNanos);
        while (!recent.isEmpty() && nowNanos - recent.peekFirst() > FLOOD_WINDOW_NANOS) {
            recent.removeFirst();
        }
        return recent.size() > FLOOD_MESSAGES;
    }

    @Override
    public void send(Envelope envelope) {
        if (!ctx.session.isOpen()) {
            return;
        }
        try {
            ctx.send(Json.mapper().writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            // the page went away while we were sending; its close handler cleans up
        }
    }

    void close(int code, String reason) {
        if (ctx.session.isOpen()) {
            ctx.closeSession(code, reason);
        }
    }
}
