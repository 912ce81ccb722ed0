package dev.switchboard.server.testing;

import java.nio.file.Path;

/**
 * A second backend on the database of a running one, as another node of a cluster would run (ADR
 * 0008): for tests of what every node must see at once. Only what the test does runs on it; the
 * cluster's shared routing and live visitors are not built yet, so tests keep their chats on one node.
 */
public final class SecondNode {

    private SecondNode() {
    }

    /** Starts a node with its own data folder {@code dataDir} on {@code first}'s database. */
    public static TestBackend start(Backend first, Path dataDir) {
        return TestBackend.start(TestBackend.defaults(dataDir).withJdbcUrl(databaseOf(first.dataDir())));
    }

    /** The folder's PostgreSQL database, or its H2 file: in one JVM, H2 shares an open file between connections of both nodes. */
    private static String databaseOf(Path dataDir) {
        return TestDatabases.jdbcUrl(dataDir)
                .orElse("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("switchboard") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }
}
