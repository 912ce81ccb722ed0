package dev.switchboard.server.testing;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.infra.AdjustableClock;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A running backend as a test sees it: a {@link TestBackend} started by hand, or the one a
 * {@link BackendExtension} gives the test. The clients of this package ({@link VisitorClient},
 * ...) take either.
 */
public interface Backend {

    SwitchboardServer server();

    AdjustableClock clock();

    /** The data folder: attachments, the initial admin password, and the H2 database unless on PostgreSQL. */
    Path dataDir();

    ApiClient api();

    /** The WebSocket URL of {@code path}, e.g. {@code AgentSocket.PATH}. */
    default String wsUrl(String path) {
        return "ws://localhost:" + server().port() + path;
    }

    /** A session token of a demo account ({@code alice}, {@code bob}, {@code carol}, {@code admin}). */
    default String token(String login) {
        return api().token(login, TestBackend.PASSWORD);
    }

    /** Stops the backend cleanly and starts it again on the same data and the same port. */
    default void restart() {
        restart(UnaryOperator.identity());
    }

    /** The same, with {@code settings} applied to the configuration the backend ran with. */
    void restart(UnaryOperator<ServerConfig> settings);
}
