package dev.switchboard.app.net;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * WebSockets over the Tyrus client. The bearer token goes into the upgrade request's
 * {@code Authorization} header through a configurator: a token in the URL would end up in proxy
 * and server logs.
 */
public final class TyrusSocketTransport implements SocketTransport {

    private static final long HANDSHAKE_TIMEOUT_MILLIS = 10_000;

    private final ClientManager client = ClientManager.createClient();

    public TyrusSocketTransport() {
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, HANDSHAKE_TIMEOUT_MILLIS);
    }

    @Override
    public void open(URI uri, String bearerToken, SocketHandler handler) throws IOException {
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new BearerAuthorization(bearerToken))
                .build();
        try {
            client.connectToServer(new HandlerEndpoint(handler), config, uri);
        } catch (DeploymentException e) {
            int status = httpStatus(e);
            if (status > 0) {
                throw new HandshakeRefusedException(status, e);
            }
            throw new IOException("WebSocket connection to " + uri + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }

    /** The HTTP status of a refused upgrade, or 0 when the failure was not an HTTP answer. */
    private static int httpStatus(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DeploymentHandshakeException refused && refused.getHttpStatusCode() > 0) {
                return refused.getHttpStatusCode();
            }
            if (t instanceof HandshakeException refused && refused.getHttpStatusCode() > 0) {
                return refused.getHttpStatusCode();
            }
        }
        return 0;
    }

    private static final class BearerAuthorization extends ClientEndpointConfig.Configurator {
        private final String token;

        BearerAuthorization(String token) {
            this.token = token;
        }

        @Override
        public void beforeRequest(Map<String, List<String>> headers) {
            headers.put("Authorization", List.of("Bearer " + token));
        }
    }

    private static final class HandlerEndpoint extends Endpoint {
        private final SocketHandler handler;

        HandlerEndpoint(SocketHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.setMaxIdleTimeout(0);
            handler.opened(new TyrusLink(session));
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) handler::text);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            handler.closed(reason.getCloseCode().getCode(), reason.getReasonPhrase());
        }

        @Override
        public void onError(Session session, Throwable error) {
            handler.failed(error);
        }
    }

    private record TyrusLink(Session session) implements SocketLink {
        @Override
        public void send(String text) throws IOException {
            // The basic remote allows one sender at a time.
            synchronized (session) {
                try {
                    session.getBasicRemote().sendText(text);
                } catch (IllegalStateException | RejectedExecutionException closed) {
                    // A socket closing under a send: Tyrus throws IllegalStateException when the session is
                    // closed, and RejectedExecutionException when the client was shut down meanwhile (each send
                    // reschedules the idle timeout on the client's executor, already terminated). To the caller
                    // it is a failed send like any other.
                    throw new IOException("not sent, the socket is closing: " + closed, closed);
                }
            }
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (IOException e) {
                // Closing a broken socket: nothing left to do.
            }
        }
    }
}
