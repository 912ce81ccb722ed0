package dev.switchboard.server.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One page's socket to {@code /ws/visitor}, as the widget opens it, on the JDK's non-blocking
 * WebSocket client so that thousands fit in one process.
 */
final class WidgetConnection implements WebSocket.Listener {

    private final Consumer<Envelope> onMessage;
    private final Runnable onClosed;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;

    private WidgetConnection(Consumer<Envelope> onMessage, Runnable onClosed) {
        this.onMessage = onMessage;
        this.onClosed = onClosed;
    }

    static CompletableFuture<WidgetConnection> open(HttpClient http, URI url, String origin, String userAgent,
                                                   Consumer<Envelope> onMessage, Runnable onClosed) {
        WidgetConnection connection = new WidgetConnection(onMessage, onClosed);
        return http.newWebSocketBuilder()
                .header("Origin", origin)
                .header("User-Agent", userAgent)
                .buildAsync(url, connection)
                .thenApply(socket -> {
                    connection.socket = socket;
                    return connection;
                });
    }

    /** Sends an envelope after the previous one: the JDK client allows one outstanding send. */
    synchronized CompletableFuture<?> send(String type, Object payload) {
        String text;
        try {
            text = Json.mapper().writeValueAsString(Envelope.outgoing(type, UUID.randomUUID().toString(), null, payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> socket.sendText(text, true));
        return sending;
    }

    synchronized void close() {
        WebSocket current = socket;
        if (current != null && !current.isOutputClosed()) {
            sending = sending.handle((ignored, error) -> null)
                    .thenCompose(ignored -> current.sendClose(WebSocket.NORMAL_CLOSURE, "page left"));
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                onMessage.accept(Json.mapper().readValue(text, Envelope.class));
            } catch (JsonProcessingException e) {
                // a backend we do not understand; keep browsing
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onClosed.run();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onClosed.run();
    }
}
