package dev.switchboard.app.net;

import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.ws.AgentSocket;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tyrus transport against the real backend: a socket closing under a send is a failed send, never an unchecked throw. */
class TyrusSocketTransportTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static ServerUrl url;

    @BeforeAll
    static void startBackend() {
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        url = ServerUrl.parse(server.baseUrl());
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Test
    void aSendAfterTheClientShutDownFailsLikeAnyFailedSend() throws Exception {
        String token = new ApiClient().login(url, new LoginRequest("alice", "switchboard")).token();
        Opened socket = new Opened();
        TyrusSocketTransport transport = new TyrusSocketTransport();
        transport.open(url.webSocket(AgentSocket.PATH), token, socket);
        waitUntil("the socket open", () -> socket.link != null);

        // What LiveSession.close does while a chat message is still on its way on the I/O thread.
        transport.close();

        assertThatThrownBy(() -> socket.link.send("{\"type\":\"sync.subscribe\",\"payload\":{\"after\":0}}"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aSendOnAClosedSocketFailsLikeAnyFailedSend() throws Exception {
        String token = new ApiClient().login(url, new LoginRequest("alice", "switchboard")).token();
        Opened socket = new Opened();
        try (TyrusSocketTransport transport = new TyrusSocketTransport()) {
            transport.open(url.webSocket(AgentSocket.PATH), token, socket);
            waitUntil("the socket open", () -> socket.link != null);

            socket.link.close();

            assertThatThrownBy(() -> socket.link.send("{\"type\":\"sync.subscribe\",\"payload\":{\"after\":0}}"))
                    .isInstanceOf(IOException.class);
        }
    }

    private static final class Opened implements SocketTransport.SocketHandler {
        volatile SocketTransport.SocketLink link;

        @Override
        public void opened(SocketTransport.SocketLink opened) {
            link = opened;
        }

        @Override
        public void text(String message) {
        }

        @Override
        public void closed(int code, String reason) {
        }

        @Override
        public void failed(Throwable error) {
        }
    }
}
