package dev.switchboard.app.net;

import dev.switchboard.shared.ws.Envelope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the agent socket does with each type of message the server sends, registered by type as the
 * server's {@code AgentSocket.addHandler} does: the session and the features register theirs before
 * the connection starts, so this layer knows none of them. The connection's own messages
 * ({@code welcome}, {@code ack}, {@code error}, {@code session.ended}) are not registered here.
 *
 * <p>Handlers run on network threads, for the socket of the current attempt only: they must only
 * hand work off. A payload that cannot be read throws out of the handler, as it always did.
 */
public final class MessageHandlers {

    private final Map<String, Consumer<Envelope>> byType = new ConcurrentHashMap<>();

    /** Handles every message of {@code type}; one handler per type. */
    public void add(String type, Consumer<Envelope> handler) {
        if (byType.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("Messages of type " + type + " have a handler already");
        }
    }

    /** Handles every message of {@code type} with its payload read as {@code payloadType}. */
    public <T> void add(String type, Class<T> payloadType, Consumer<T> handler) {
        add(type, envelope -> handler.accept(ProtocolJson.read(envelope.payload(), payloadType)));
    }

    Optional<Consumer<Envelope>> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(byType.get(type));
    }
}
