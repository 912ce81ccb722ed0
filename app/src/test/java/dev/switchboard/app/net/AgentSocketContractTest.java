package dev.switchboard.app.net;

import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestData;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.CaughtUp;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the workstation relies on from the real backend's agent WebSocket, as docs/protocol.md
 * describes it, checked below the workstation's own reconnect logic.
 */
class AgentSocketContractTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static ServerUrl url;
    private final ApiClient api = new ApiClient();

    @BeforeAll
    static void startBackend() {
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        url = ServerUrl.parse(server.baseUrl());
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    /** Records what one raw socket receives. */
    private static final class Recording implements SocketTransport.SocketHandler {
        final List<Envelope> received = new CopyOnWriteArrayList<>();
        final AtomicInteger closeCode = new AtomicInteger();
        volatile SocketTransport.SocketLink link;

        @Override
        public void opened(SocketTransport.SocketLink opened) {
            link = opened;
        }

        @Override
        public void text(String message) {
            received.add(TestData.envelope(message));
        }

        @Override
        public void closed(int code, String reason) {
            closeCode.set(code);
        }

        @Override
        public void failed(Throwable error) {
        }

        List<String> types() {
            return received.stream().map(Envelope::type).toList();
        }
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefusedWith401() {
        try (TyrusSocketTransport transport = new TyrusSocketTransport()) {
            assertThatThrownBy(() -> transport.open(url.webSocket(AgentSocket.PATH), "not-a-token", new Recording()))
                    .isInstanceOfSatisfying(SocketTransport.HandshakeRefusedException.class,
                            refused -> assertThat(refused.status()).isEqualTo(401));
        }
    }

    @Test
    void welcomeThenTheBacklogInSeqOrderThenCaughtUp() throws Exception {
        String token = api.login(url, new LoginRequest("alice", "switchboard")).token();
        try (TyrusSocketTransport transport = new TyrusSocketTransport()) {
            Recording socket = new Recording();
            transport.open(url.webSocket(AgentSocket.PATH), token, socket);
            waitUntil("welcome", () -> socket.types().contains(MessageTypes.WELCOME));
            assertThat(socket.types().get(0)).isEqualTo(MessageTypes.WELCOME);

            socket.link.send(TestData.message(MessageTypes.SYNC_SUBSCRIBE, null, null, new SubscribeRequest(0)));
            waitUntil("caught up", () -> socket.types().contains(MessageTypes.SYNC_CAUGHT_UP));

            List<Change> changes = socket.received.stream().filter(e -> e.type().equals(MessageTypes.CHANGE))
                    .map(e -> ProtocolJson.read(e.payload(), Change.class)).toList();
            assertThat(changes).isNotEmpty();
            assertThat(changes).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
            assertThat(changes).extracting(Change::entity).contains("agent", "group");
            long caughtUp = socket.received.stream().filter(e -> e.type().equals(MessageTypes.SYNC_CAUGHT_UP))
                    .map(e -> ProtocolJson.read(e.payload(), CaughtUp.class).seq()).findFirst().orElseThrow();
            assertThat(caughtUp).isGreaterThanOrEqualTo(changes.get(changes.size() - 1).seq());
            socket.link.close();
        }
    }

    @Test
    void anEndedSessionGetsSessionEndedAndCloseCode4401() throws Exception {
        String token = api.login(url, new LoginRequest("bob", "switchboard")).token();
        AdminClient admin = AdminClient.signIn(server.baseUrl());
        long bob = admin.idOf("bob");
        try (TyrusSocketTransport transport = new TyrusSocketTransport()) {
            Recording socket = new Recording();
            transport.open(url.webSocket(AgentSocket.PATH), token, socket);
            waitUntil("welcome", () -> socket.types().contains(MessageTypes.WELCOME));

            admin.patch(bob, "{\"enabled\":false}");

            waitUntil("session.ended", () -> socket.types().contains(MessageTypes.SESSION_ENDED));
            waitUntil("the close", () -> socket.closeCode.get() != 0);
            assertThat(socket.closeCode.get()).isEqualTo(AgentSocket.CLOSE_SESSION_ENDED);
        } finally {
            admin.patch(bob, "{\"enabled\":true}");
        }
    }
}
