package dev.switchboard.server.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of a server, to make its connections die silently: after
 * {@link #silence()} the connections open then carry nothing more either way and stay open (a
 * server that hangs, or a NAT that forgot them), while new connections are relayed as usual.
 */
final class SilenceableProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final List<Relay> relays = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong heardWhileSilent = new AtomicLong();

    private final class Relay {
        final Socket client;
        final Socket server;
        final AtomicBoolean silent = new AtomicBoolean();

        Relay(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            pump(client, server, true);
            pump(server, client, false);
        }

        private void pump(Socket from, Socket to, boolean fromClient) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        if (silent.get()) {
                            if (fromClient) {
                                heardWhileSilent.addAndGet(read);
                            }
                            continue;
                        }
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                } catch (IOException e) {
                    // one side closed: the relay ends
                } finally {
                    close();
                }
            }, "silenceable-proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        void close() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    SilenceableProxy(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "silenceable-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    /** How many connections were made through the relay so far. */
    int accepted() {
        return accepted.get();
    }

    /** How many bytes clients wrote into silenced connections: a client trying to get an answer. */
    long heardWhileSilent() {
        return heardWhileSilent.get();
    }

    /** From now on the open connections carry nothing, and stay open; new ones are relayed. */
    void silence() {
        relays.forEach(relay -> relay.silent.set(true));
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                Relay relay = new Relay(client, server);
                relays.add(relay);
                accepted.incrementAndGet();
                relay.start();
            } catch (IOException e) {
                // closed, or the server refused: the client sees its connection end
            }
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        relays.forEach(Relay::close);
    }
}
