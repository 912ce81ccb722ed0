package dev.switchboard.app.testing;

import dev.switchboard.app.net.SocketTransport;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A WebSocket transport without a network: each {@link #open} takes the next scripted outcome;
 * the test then plays the server through the handler of the opened socket.
 */
public final class ScriptedTransport implements SocketTransport {

    private final Deque<IOException> outcomes = new ArrayDeque<>();
    private final List<FakeSocket> sockets = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<URI> uris = new ArrayList<>();

    /** The next open fails with {@code error}. */
    public ScriptedTransport failNext(IOException error) {
        outcomes.add(error);
        return this;
    }

    @Override
    public synchronized void open(URI uri, String bearerToken, SocketHandler handler) throws IOException {
        uris.add(uri);
        tokens.add(bearerToken);
        IOException failure = outcomes.poll();
        if (failure != null) {
            throw failure;
        }
        FakeSocket socket = new FakeSocket(handler);
        sockets.add(socket);
        handler.opened(socket);
    }

    @Override
    public void close() {
    }

    public synchronized List<FakeSocket> sockets() {
        return List.copyOf(sockets);
    }

    public synchronized FakeSocket lastSocket() {
        return sockets.get(sockets.size() - 1);
    }

    public synchronized List<String> tokens() {
        return List.copyOf(tokens);
    }

    public synchronized List<URI> uris() {
        return List.copyOf(uris);
    }

    /** One opened socket: what the client sent, and the server side's controls. */
    public static final class FakeSocket implements SocketLink {
        private final SocketHandler handler;
        private final List<String> sent = new ArrayList<>();
        private boolean closed;
        private RuntimeException sendFailure;

        FakeSocket(SocketHandler handler) {
            this.handler = handler;
        }

        @Override
        public synchronized void send(String text) {
            if (sendFailure != null) {
                throw sendFailure;
            }
            sent.add(text);
        }

        /** Every later send throws {@code failure}, as a socket library may when the socket closes under the send. */
        public synchronized void failSendsWith(RuntimeException failure) {
            sendFailure = failure;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        public synchronized List<String> sent() {
            return List.copyOf(sent);
        }

        public synchronized boolean isClosed() {
            return closed;
        }

        public void serverSends(String json) {
            handler.text(json);
        }

        public void serverCloses(int code) {
            handler.closed(code, "test");
        }
    }
}
