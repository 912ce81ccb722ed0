package dev.switchboard.server.resilience;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A WebSocket that a chaos test can cut at any moment and that comes back when asked, the way a
 * widget or a workstation reconnects. Each connection gets a fresh listener, so frames of a dead
 * connection are never mistaken for the new one's.
 */
final class ReconnectingSocket {

    private final String url;
    private final Map<String, String> headers;
    private final Runnable onOpen;
    private final Consumer<Envelope> onMessage;
    private WebSocket current;
    private boolean open;
    private int connections;

    ReconnectingSocket(String url, Map<String, String> headers, Runnable onOpen, Consumer<Envelope> onMessage) {
        this.url = url;
        this.headers = Map.copyOf(headers);
        this.onOpen = onOpen;
        this.onMessage = onMessage;
    }

    /** Starts a connection unless one is open or on its way. */
    synchronized void ensureConnected() {
        if (current != null) {
            return;
        }
        Request.Builder request = new Request.Builder().url(url);
        headers.forEach(request::header);
        current = ApiClient.http().newWebSocket(request.build(), new Listener());
    }

    /** Cuts the connection without a closing handshake, as a lost network would. */
    synchronized void drop() {
        if (current != null) {
            current.cancel();
            forget(current);
        }
    }

    synchronized boolean send(String type, Object payload) {
        if (!open) {
            return false;
        }
        Envelope envelope = new Envelope(type, UUID.randomUUID().toString(), null, Json.mapper().valueToTree(payload));
        return current.send(Json.mapper().valueToTree(envelope).toString());
    }

    synchronized int connections() {
        return connections;
    }

    synchronized void close() {
        if (current != null) {
            current.close(1000, "test done");
            forget(current);
        }
    }

    private synchronized boolean isCurrent(WebSocket socket) {
        return socket == current;
    }

    private synchronized void forget(WebSocket socket) {
        if (socket == current) {
            current = null;
            open = false;
        }
    }

    private final class Listener extends WebSocketListener {

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            synchronized (ReconnectingSocket.this) {
                if (!isCurrent(webSocket)) {
                    return;
                }
                open = true;
                connections++;
            }
            onOpen.run();
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (!isCurrent(webSocket)) {
                return;
            }
            try {
                onMessage.accept(Json.mapper().readValue(text, Envelope.class));
            } catch (java.io.IOException e) {
                throw new AssertionError("not an envelope: " + text, e);
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(code, null);
            forget(webSocket);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            forget(webSocket);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            forget(webSocket);
        }
    }
}
