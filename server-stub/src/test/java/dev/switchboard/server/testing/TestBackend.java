package dev.switchboard.server.testing;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.infra.AdjustableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A real backend for a test: HTTP on an ephemeral port, the demo accounts, a clock the test
 * moves, and the database {@link TestDatabases} chooses for the data folder (H2 in it, or a
 * PostgreSQL database of its own). Most tests get one from {@link BackendExtension}.
 */
public final class TestBackend implements Backend, AutoCloseable {

    public static final String PASSWORD = "switchboard";
    /** Where the clock of a test backend starts. */
    public static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    private ServerConfig config;
    private SwitchboardServer server;

    private TestBackend(ServerConfig config) {
        this.config = requireAdjustableClock(config);
        this.server = SwitchboardServer.start(config);
    }

    /** A demo backend with its data in {@code dataDir}. */
    public static TestBackend start(Path dataDir) {
        return start(defaults(dataDir));
    }

    /** What {@link #start(Path)} starts, for a test to change before it starts it. */
    public static ServerConfig defaults(Path dataDir) {
        return ServerConfig.forTests(dataDir).withClock(new AdjustableClock(START));
    }

    /** A backend as {@code config} says; without a JDBC URL, on the data folder's test database. */
    public static TestBackend start(ServerConfig config) {
        ServerConfig database = config.jdbcUrl().isPresent() ? config
                : TestDatabases.jdbcUrl(config.dataDir()).map(config::withJdbcUrl).orElse(config);
        return new TestBackend(database);
    }

    private static ServerConfig requireAdjustableClock(ServerConfig config) {
        if (!(config.clock() instanceof AdjustableClock)) {
            throw new IllegalArgumentException("tests move time: give the config an AdjustableClock");
        }
        return config;
    }

    @Override
    public AdjustableClock clock() {
        return (AdjustableClock) config.clock();
    }

    @Override
    public SwitchboardServer server() {
        return server;
    }

    @Override
    public Path dataDir() {
        return config.dataDir();
    }

    @Override
    public ApiClient api() {
        return new ApiClient(server.baseUrl());
    }

    @Override
    public void restart(UnaryOperator<ServerConfig> settings) {
        int port = server.port();
        server.close();
        ApiClient.http().connectionPool().evictAll();
        config = requireAdjustableClock(settings.apply(config).withPort(port));
        server = SwitchboardServer.start(config);
    }

    @Override
    public void close() {
        server.close();
    }
}
