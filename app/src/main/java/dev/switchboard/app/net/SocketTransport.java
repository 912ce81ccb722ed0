package dev.switchboard.app.net;

import java.io.IOException;
import java.net.URI;

/**
 * Opens WebSockets. {@link AgentConnection} speaks the protocol over it; the Tyrus implementation
 * does the network, and tests put a scripted one in its place.
 */
public interface SocketTransport extends AutoCloseable {

    /**
     * Opens a WebSocket to {@code uri} with the header {@code Authorization: Bearer <token>} and
     * blocks until the handshake is done. {@code handler.opened} is called before any message.
     *
     * @throws HandshakeRefusedException when the server answers the upgrade with an HTTP error
     * @throws IOException when the server cannot be reached
     */
    void open(URI uri, String bearerToken, SocketHandler handler) throws IOException;

    @Override
    void close();

    /** One open WebSocket. */
    interface SocketLink {
        /** Sends a text frame; safe to call from any thread. */
        void send(String text) throws IOException;

        void close();
    }

    /** Events of one WebSocket. */
    interface SocketHandler {
        void opened(SocketLink link);

        void text(String message);

        void closed(int code, String reason);

        void failed(Throwable error);
    }

    /** The server answered the upgrade request with an HTTP error instead of switching protocols. */
    final class HandshakeRefusedException extends IOException {
        private final int status;

        public HandshakeRefusedException(int status, Throwable cause) {
            super("WebSocket upgrade refused with HTTP " + status, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
