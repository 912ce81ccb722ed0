package dev.switchboard.app.bench;

import dev.switchboard.app.net.SocketTransport;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The agent socket without a network: the benchmark plays the server and hands each message
 * text to the workstation's connection on the calling thread, as Tyrus would on its own.
 */
final class InProcessSocket implements SocketTransport, SocketTransport.SocketLink {

    private final CompletableFuture<SocketHandler> opened = new CompletableFuture<>();

    @Override
    public void open(URI uri, String bearerToken, SocketHandler handler) {
        handler.opened(this);
        opened.complete(handler);
    }

    /** Delivers a server message; blocks until the workstation has opened the socket. */
    void serverSends(String text) {
        opened.join().text(text);
    }

    @Override
    public void send(String text) {
        // What the workstation sends (its subscriptions) needs no answer here.
    }

    @Override
    public void close() {
    }
}
