package dev.switchboard.server.testing;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.infra.AdjustableClock;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A real backend for a test: HTTP on an ephemeral port, H2 in a temporary folder, the demo
 * accounts, and a clock the test moves.
 */
public final class TestBackend implements AutoCloseable {

    public static final String PASSWORD = "switchboard";

    private final ServerConfig config;
    private final AdjustableClock clock;
    private SwitchboardServer server;

    private TestBackend(ServerConfig config, AdjustableClock clock) {
        this.config = config;
        this.clock = clock;
        this.server = SwitchboardServer.start(config);
    }

    public static TestBackend start(Path dataDir) {
        AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-02T08:00:00Z"));
        return new TestBackend(ServerConfig.forTests(dataDir).withClock(clock), clock);
    }

    public static TestBackend start(ServerConfig config) {
        if (!(config.clock() instanceof AdjustableClock clock)) {
            throw new IllegalArgumentException("tests move time: give the config an AdjustableClock");
        }
        return new TestBackend(config, clock);
    }

    public AdjustableClock clock() {
        return clock;
    }

    public SwitchboardServer server() {
        return server;
    }

    public ApiClient api() {
        return new ApiClient(server.baseUrl());
    }

    public String wsUrl(String path) {
        return "ws://localhost:" + server.port() + path;
    }

    /** Stops the backend cleanly and starts it again on the same data and the same port. */
    public void restart() {
        int port = server.port();
        server.close();
        ApiClient.http().connectionPool().evictAll();
        server = SwitchboardServer.start(config.withPort(port));
    }

    @Override
    public void close() {
        server.close();
    }
}
