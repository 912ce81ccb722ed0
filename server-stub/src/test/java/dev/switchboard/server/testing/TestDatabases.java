package dev.switchboard.server.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database of a test backend's data folder. H2, in the folder, unless the system property
 * {@value #PROPERTY} is {@code postgresql} (the pom's second test run sets it when
 * {@code SWITCHBOARD_TEST_PG_URL} is set): then each data folder gets a PostgreSQL database of its
 * own, created on first use, so that everything started on one folder (a {@link TestBackend}, its
 * restarts, a {@link ServerProcess} killed and started again) finds the same data, as it finds
 * the same H2 file.
 */
public final class TestDatabases {

    public static final String PROPERTY = "switchboard.test.database";

    private static final Map<Path, PostgresqlDatabase> BY_FOLDER = new ConcurrentHashMap<>();

    static {
        // a folder no extension released (a test that started a backend on a @TempDir of its own)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BY_FOLDER.keySet().forEach(TestDatabases::release), "drop-test-databases"));
    }

    private TestDatabases() {
    }

    /** Whether this run's backends keep their data in PostgreSQL. */
    public static boolean postgresql() {
        String database = System.getProperty(PROPERTY, "h2");
        return switch (database) {
            case "h2" -> false;
            case "postgresql" -> true;
            default -> throw new IllegalStateException(PROPERTY + " is h2 or postgresql, not " + database);
        };
    }

    /** The JDBC URL of the folder's database; empty for H2, which the backend opens in the folder by itself. */
    public static Optional<String> jdbcUrl(Path dataDir) {
        if (!postgresql()) {
            return Optional.empty();
        }
        return Optional.of(BY_FOLDER.computeIfAbsent(key(dataDir), folder -> PostgresqlDatabase.create()).url());
    }

    /** Drops the folder's PostgreSQL database, if it has one: nothing will start on the folder again. */
    public static void release(Path dataDir) {
        PostgresqlDatabase database = BY_FOLDER.remove(key(dataDir));
        if (database != null) {
            database.close();
        }
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }
}
