package dev.switchboard.app.testing;

import dev.switchboard.app.net.AgentConnection;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.ws.Welcome;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A second agent at work, made of the workstation's own client code without any window: it signs
 * in over REST and holds the agent WebSocket open.
 */
public final class AgentClient implements AutoCloseable {

    private final ApiClient api = new ApiClient();
    private final BackgroundExecutors executors = new BackgroundExecutors("test-agent");
    private final TyrusSocketTransport transport = new TyrusSocketTransport();
    private AgentConnection connection;

    private AgentClient() {
    }

    /** Signs in with the demo password and waits until the WebSocket is welcomed. */
    public static AgentClient connect(String baseUrl, String login) {
        AgentClient client = new AgentClient();
        ServerUrl server = ServerUrl.parse(baseUrl);
        String token = client.api.login(server, new LoginRequest(login, "switchboard")).token();
        client.connection = new AgentConnection(server, token, client.transport, client.executors.io(),
                client.executors.scheduler(), Backoff.standard(), () -> 0, new Quiet());
        client.connection.start();
        WorkstationDriver.waitUntil(login + "'s connection", () -> client.connection.state() == ConnectionState.CONNECTED);
        return client;
    }

    public CompletableFuture<Void> setStatus(AgentStatus status) {
        return connection.setStatus(status);
    }

    @Override
    public void close() {
        connection.close();
        transport.close();
        api.close();
        executors.close();
    }

    /** This client only acts; what it receives does not matter to the tests. */
    private static final class Quiet implements AgentConnection.Listener {
        @Override
        public void stateChanged(ConnectionState state) {
        }

        @Override
        public void welcomed(Welcome welcome) {
        }

        @Override
        public void changeReceived(Change change) {
        }

        @Override
        public void caughtUp(long seq) {
        }

        @Override
        public void sessionEnded(Optional<Problem> reason) {
        }

        @Override
        public void incompatibleServer(int serverProtocol, String serverVersion) {
        }
    }
}
