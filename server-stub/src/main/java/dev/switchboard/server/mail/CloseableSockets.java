package dev.switchboard.server.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;

/**
 * Makes the plain sockets of one mail connection (Angus Mail layers TLS over them) and closes them
 * on demand from any thread. Closing the socket is the one way to end a connection whose thread
 * waits on a server that stopped answering: every command Angus Mail offers waits for that thread
 * to finish first. Once closed, it makes no more sockets.
 */
final class CloseableSockets extends SocketFactory {

    private final List<Socket> made = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public Socket createSocket() throws IOException {
        if (closed) {
            throw new SocketException("the connection was closed");
        }
        Socket socket = new Socket();
        made.add(socket);
        if (closed) {
            // closed while this one was made: it must not outlive the close
            socket.close();
        }
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    /** Closes every socket made, which fails any read or write waiting on them at once. */
    void closeAll() {
        closed = true;
        for (Socket socket : made) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all that was wanted
            }
        }
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address);
        return socket;
    }
}
