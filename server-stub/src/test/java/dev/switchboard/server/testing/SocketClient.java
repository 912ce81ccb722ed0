package dev.switchboard.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** An agent WebSocket as tests drive it: every received envelope lands in a queue to wait on. */
public final class SocketClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<Envelope> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> opened = new CompletableFuture<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final CompletableFuture<String> closeReason = new CompletableFuture<>();
    private final WebSocket socket;

    private SocketClient(String url, java.util.Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(url);
        headers.forEach(request::header);
        socket = ApiClient.http().newWebSocket(request.build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                opened.complete(response.code());
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                try {
                    received.add(Json.mapper().readValue(text, Envelope.class));
                } catch (Exception e) {
                    throw new AssertionError("server sent something that is not an envelope: " + text, e);
                }
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                closeReason.complete(reason);
                webSocket.close(code, null);
                closed.complete(code);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                closed.complete(code);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                int code = response == null ? -1 : response.code();
                opened.complete(code);
                closed.complete(code);
            }
        });
    }

    /** Connects with {@code Authorization: Bearer token} and waits for the upgrade's answer. */
    public static SocketClient connect(String url, String token) {
        return connectWithHeader(url, token == null ? null : "Bearer " + token);
    }

    public static SocketClient connectWithHeader(String url, String authorization) {
        return connectWithHeaders(url, authorization == null ? java.util.Map.of() : java.util.Map.of("Authorization", authorization));
    }

    /** Connects with any headers, e.g. a visitor page's {@code Origin} and {@code User-Agent}. */
    public static SocketClient connectWithHeaders(String url, java.util.Map<String, String> headers) {
        SocketClient client = new SocketClient(url, headers);
        client.openStatus();
        return client;
    }

    /** True once the socket is closed (by either side). */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** 101 when the upgrade was accepted, else the HTTP status that refused it. */
    public int openStatus() {
        return opened.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public int closeCode() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The reason of the server's close frame. */
    public String closeReason() {
        return closeReason.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public String send(String type, Object payload) {
        String id = UUID.randomUUID().toString();
        sendRaw(Json.mapper().valueToTree(new Envelope(type, id, null, Json.mapper().valueToTree(payload))).toString());
        return id;
    }

    public void sendRaw(String text) {
        socket.send(text);
    }

    /** Waits for the next envelope of {@code type}, dropping others before it. */
    public Envelope await(String type) {
        return await(envelope -> type.equals(envelope.type()), "a " + type);
    }

    public Envelope await(Predicate<Envelope> wanted, String description) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Envelope next = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no " + description + " within " + WAIT);
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Collects envelopes until one of {@code type} arrives, that one included. */
    public List<Envelope> collectUntil(String type) {
        List<Envelope> collected = new ArrayList<>();
        await(envelope -> {
            collected.add(envelope);
            return type.equals(envelope.type());
        }, "a " + type);
        return collected;
    }

    public static JsonNode payload(Envelope envelope) {
        return envelope.payload();
    }

    @Override
    public void close() {
        socket.close(1000, "test done");
    }

    /** Drops the connection without a closing handshake, as a network failure would. */
    public void drop() {
        socket.cancel();
    }
}
