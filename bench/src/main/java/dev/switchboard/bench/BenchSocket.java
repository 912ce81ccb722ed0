package dev.switchboard.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * A WebSocket on the JDK's non-blocking client, so that thousands of visitors and agents fit in
 * the benchmark's process without a thread each. Received envelopes go to the handler with their
 * arrival time ({@code System.nanoTime()}, taken before parsing).
 */
final class BenchSocket implements WebSocket.Listener {

    private final BiConsumer<BenchSocket, Received> handler;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile boolean closed;

    /** An envelope and when it arrived. */
    record Received(Envelope envelope, long atNanos) {
    }

    private BenchSocket(BiConsumer<BenchSocket, Received> handler) {
        this.handler = handler;
    }

    static CompletableFuture<BenchSocket> open(HttpClient http, URI url, Map<String, String> headers, BiConsumer<BenchSocket, Received> handler) {
        BenchSocket connection = new BenchSocket(handler);
        WebSocket.Builder builder = http.newWebSocketBuilder();
        headers.forEach(builder::header);
        return builder.buildAsync(url, connection).thenApply(socket -> {
            connection.socket = socket;
            return connection;
        });
    }

    /** Sends after the previous send: the JDK client allows one outstanding send per socket. */
    CompletableFuture<?> send(String type, Object payload) {
        try {
            return sendText(Json.mapper().writeValueAsString(new Envelope(type, null, null, Json.mapper().valueToTree(payload))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized CompletableFuture<?> sendText(String text) {
        sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> socket.sendText(text, true));
        return sending;
    }

    boolean isClosed() {
        return closed;
    }

    synchronized void close() {
        WebSocket current = socket;
        if (current != null && !current.isOutputClosed()) {
            sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> current.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                handler.accept(this, new Received(Json.mapper().readValue(text, Envelope.class), now));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the backend sent something that is not an envelope: " + text, e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }
}
