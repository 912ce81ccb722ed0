package dev.switchboard.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentSocketTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String url = backend.wsUrl(AgentSocket.PATH);

    @Test
    void theUpgradeNeedsAValidBearerHeader() {
        String token = api.token("alice", TestBackend.PASSWORD);
        assertThat(SocketClient.connect(url, null).openStatus()).isEqualTo(401);
        assertThat(SocketClient.connect(url, "not-a-token").openStatus()).isEqualTo(401);
        assertThat(SocketClient.connect(url + "?token=" + token, null).openStatus()).as("tokens in URLs are not accepted").isEqualTo(401);
        assertThat(SocketClient.connectWithHeader(url, "Basic " + token).openStatus()).isEqualTo(401);
    }

    @Test
    void aSupervisorSeesAnAgentComeOnlineChangeStatusAndLeave() {
        String carol = api.token("carol", TestBackend.PASSWORD);
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient supervisor = SocketClient.connect(url, carol)) {
            supervisor.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            supervisor.await(MessageTypes.SYNC_CAUGHT_UP);

            SocketClient agent = SocketClient.connect(url, alice);
            Envelope welcome = agent.await(MessageTypes.WELCOME);
            assertThat(welcome.payload().path("agent").path("status").asText()).isEqualTo("ONLINE");
            awaitStatus(supervisor, "alice", AgentStatus.ONLINE);

            String id = agent.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.BUSY));
            assertThat(agent.await(MessageTypes.ACK).payload().path("ref").asText()).isEqualTo(id);
            awaitStatus(supervisor, "alice", AgentStatus.BUSY);

            agent.close();
            awaitStatus(supervisor, "alice", AgentStatus.OFFLINE);

            SocketClient again = SocketClient.connect(url, alice);
            assertThat(again.await(MessageTypes.WELCOME).payload().path("agent").path("status").asText())
                    .as("the picked status comes back with the workstation").isEqualTo("BUSY");
            again.close();
        }
    }

    @Test
    void anAgentStaysOnlineUntilTheLastWorkstationCloses() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        SocketClient first = SocketClient.connect(url, alice);
        first.await(MessageTypes.WELCOME);
        SocketClient second = SocketClient.connect(url, alice);
        second.await(MessageTypes.WELCOME);

        first.drop();
        awaitOpenSockets(1);
        assertThat(statusOf("alice")).isEqualTo("ONLINE");

        second.close();
        awaitOpenSockets(0);
        assertThat(statusOf("alice")).isEqualTo("OFFLINE");
    }

    @Test
    void badMessagesGetAnErrorAndTheSocketStaysUsable() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient socket = SocketClient.connect(url, alice)) {
            socket.await(MessageTypes.WELCOME);

            socket.sendRaw("this is not json");
            assertThat(socket.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(400);

            String offline = socket.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.OFFLINE));
            Envelope refused = socket.await(MessageTypes.ERROR);
            assertThat(refused.payload().path("ref").asText()).isEqualTo(offline);

            socket.send("launch.rockets", null);
            assertThat(socket.await(MessageTypes.ERROR).payload().path("problem").path("detail").asText()).contains("unknown message type");

            String ok = socket.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
            assertThat(socket.await(MessageTypes.ACK).payload().path("ref").asText()).isEqualTo(ok);
        }
    }

    @Test
    void logoutEndsTheSessionsSocket() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient socket = SocketClient.connect(url, alice)) {
            socket.await(MessageTypes.WELCOME);
            api.post("/api/v1/auth/logout", alice, "");

            socket.await(MessageTypes.SESSION_ENDED);
            assertThat(socket.closeCode()).isEqualTo(AgentSocket.CLOSE_SESSION_ENDED);
        }
        awaitOpenSockets(0);
        assertThat(statusOf("alice")).isEqualTo("OFFLINE");
    }

    @Test
    void anOpenSocketKeepsItsSessionAliveUntilTheAbsoluteLifetime() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient socket = SocketClient.connect(url, alice)) {
            socket.await(MessageTypes.WELCOME);
            for (int i = 0; i < 3; i++) {
                backend.clock().advance(Duration.ofHours(10));
                backend.server().checkSessionsNow();
            }
            assertThat(api.get("/api/v1/auth/me", alice).status()).as("30 h without REST calls, socket open").isEqualTo(200);

            backend.clock().advance(Duration.ofDays(7));
            backend.server().checkSessionsNow();
            socket.await(MessageTypes.SESSION_ENDED);
            assertThat(socket.closeCode()).isEqualTo(AgentSocket.CLOSE_SESSION_ENDED);
        }
    }

    private void awaitStatus(SocketClient socket, String login, AgentStatus status) {
        socket.await(e -> e.type().equals(MessageTypes.CHANGE)
                && login.equals(e.payload().path("data").path("login").asText())
                && status.name().equals(e.payload().path("data").path("status").asText()), login + " " + status);
    }

    private String statusOf(String login) {
        String token = api.token("carol", TestBackend.PASSWORD);
        for (var agent : api.get("/api/v1/agents", token).json()) {
            if (agent.path("login").asText().equals(login)) {
                return agent.path("status").asText();
            }
        }
        throw new AssertionError(login + " not listed");
    }

    /** The server notices a closed socket asynchronously; wait for that condition, not for time. */
    private void awaitOpenSockets(int expected) {
        Polling.await(expected + " open sockets").until(() -> backend.server().openAgentSockets(), open -> open == expected);
    }
}
