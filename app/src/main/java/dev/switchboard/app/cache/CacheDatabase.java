package dev.switchboard.app.cache;

import dev.switchboard.app.platform.BackgroundExecutors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cache: one H2 file under {@code <data home>/cache}, migrated by Flyway from
 * {@code db/cache} and the folders of the features' own tables, used through JDBI. Every access runs on one writer thread, in submission
 * order, so there is no locking and a read never sees half of a write. Callers get futures and
 * never block the FX thread.
 *
 * <p>The cache can always be rebuilt from the server, so a file that cannot be opened is moved
 * aside and replaced by an empty one instead of stopping the workstation. A file locked by
 * another running workstation is not corrupt, and is left alone.
 */
public final class CacheDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheDatabase.class);
    private static final String FILE_NAME = "workstation";
    /** The tables of the session, the team and the settings. */
    private static final String CORE_MIGRATIONS = "db/cache";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final String[] locations;
    private final ExecutorService writer;
    private final CompletableFuture<Void> opened;
    // Touched only on the writer thread.
    private Connection connection;
    private Jdbi jdbi;
    private volatile Path movedAside;

    private CacheDatabase(Path dataHome, Clock clock, List<String> featureMigrations) {
        this.directory = dataHome.resolve("cache");
        this.clock = clock;
        this.locations = Stream.concat(Stream.of(CORE_MIGRATIONS), featureMigrations.stream())
                .map(folder -> "classpath:" + folder).toArray(String[]::new);
        this.writer = Executors.newSingleThreadExecutor(
                BackgroundExecutors.daemonThreads("switchboard-cache-writer"));
        this.opened = CompletableFuture.runAsync(this::openWithRecovery, writer);
    }

    /**
     * Starts opening the cache under {@code dataHome}; work submitted meanwhile waits for it.
     *
     * @param featureMigrations classpath folders with the migrations of the features' tables, next
     *                          to (never inside: Flyway scans folders with their subfolders) {@code db/cache}.
     *                          All folders share one sequence of versions.
     */
    public static CacheDatabase open(Path dataHome, Clock clock, String... featureMigrations) {
        return new CacheDatabase(dataHome, clock, List.of(featureMigrations));
    }

    /** Completes when the cache is usable, or fails with {@link CacheInUseException}. */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    /** Where an unreadable cache file was moved, if that happened on opening. */
    public Optional<Path> movedAside() {
        return Optional.ofNullable(movedAside);
    }

    /** Runs {@code work} in a transaction on the writer thread. */
    public <T> CompletableFuture<T> transaction(HandleCallback<T, ? extends Exception> work) {
        return opened.thenApplyAsync(ignored -> {
            try {
                return jdbi.inTransaction(work);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CacheException("Cache access failed", e);
            }
        }, writer);
    }

    /** Flushes and closes the file; waits up to a few seconds for queued work first. */
    @Override
    public void close() {
        try {
            writer.submit(this::closeConnection).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Closing the cache did not finish cleanly", e);
        } finally {
            writer.shutdownNow();
        }
    }

    private void openWithRecovery() {
        try {
            Files.createDirectories(directory);
            restrictToOwner(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            openAndMigrate();
        } catch (SQLException | RuntimeException e) {
            if (isLockedByAnotherProcess(e)) {
                throw new CacheInUseException(directory, e);
            }
            LOG.warn("The cache in {} cannot be opened; starting with an empty one", directory, e);
            closeConnection();
            moveAside();
            try {
                openAndMigrate();
            } catch (SQLException again) {
                throw new CacheException("Cannot create a new cache in " + directory, again);
            }
        }
    }

    private void openAndMigrate() throws SQLException {
        // LOBs up to 16 KB (a ticket's or a message's JSON) are kept in their row: H2's default of 256 bytes
        // put every one in its LOB store, which made writing them about five times slower (ADR 0038, amendment)
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + ";MAX_LENGTH_INPLACE_LOB=16384";
        // Keeping one connection open keeps the database open between calls.
        connection = DriverManager.getConnection(url, "sa", "");
        Flyway.configure(CacheDatabase.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations(locations)
                .load()
                .migrate();
        jdbi = Jdbi.create(connection);
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the cache connection failed", e);
        }
        connection = null;
        jdbi = null;
    }

    private void moveAside() {
        String suffix = ".corrupt-" + STAMP.format(clock.instant());
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> cacheFiles = files.filter(f -> f.getFileName().toString().startsWith(FILE_NAME + ".")
                    && !f.getFileName().toString().contains(".corrupt-")).toList();
            for (Path file : cacheFiles) {
                Path target = file.resolveSibling(file.getFileName() + suffix);
                Files.move(file, target);
                if (file.getFileName().toString().endsWith(".mv.db")) {
                    movedAside = target;
                }
            }
        } catch (IOException e) {
            throw new CacheException("Cannot move the unreadable cache aside in " + directory, e);
        }
    }

    private static boolean isLockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** The cache holds a session token: keep other users of the machine out where the OS lets us. */
    private static void restrictToOwner(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
