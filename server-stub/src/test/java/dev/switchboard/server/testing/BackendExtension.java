package dev.switchboard.server.testing;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.infra.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstancePreDestroyCallback;

/**
 * Gives a test class a real backend: a fresh data folder and database (see {@link TestDatabases}),
 * the demo accounts, HTTP on an ephemeral port and a clock the test moves.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BackendExtension backend = BackendExtension.perTest();
 * final ApiClient api = backend.api();
 * final String alice = backend.token("alice");
 * </pre>
 *
 * A per-test backend starts before the test's instance is made, so that fields can be set from it
 * as above, and stops once the test and its {@code @AfterEach} methods are done; a per-class one
 * lives from before the first test to after the last. Then the data folder and the database go.
 * The extension is the backend itself: it answers for the one running now, which is why test
 * methods of a class do not run in parallel with each other.
 */
public final class BackendExtension implements Backend, BeforeAllCallback, AfterAllCallback,
        TestInstancePreConstructCallback, TestInstancePreDestroyCallback {

    private final boolean perClass;
    private final boolean startedByTheTest;
    private final UnaryOperator<ServerConfig> settings;
    private Path dataDir;
    private TestBackend running;

    private BackendExtension(boolean perClass, boolean startedByTheTest, UnaryOperator<ServerConfig> settings) {
        this.perClass = perClass;
        this.startedByTheTest = startedByTheTest;
        this.settings = settings;
    }

    /** A fresh backend for each test. */
    public static BackendExtension perTest() {
        return new BackendExtension(false, false, UnaryOperator.identity());
    }

    /** One backend for all the tests of the class (for tests that change nothing another could see). */
    public static BackendExtension perClass() {
        return new BackendExtension(true, false, UnaryOperator.identity());
    }

    /** The same, with {@code more} applied to the configuration, e.g. {@code c -> c.withTrustedProxies(...)}. */
    public BackendExtension with(UnaryOperator<ServerConfig> more) {
        return new BackendExtension(perClass, startedByTheTest, config -> more.apply(settings.apply(config)));
    }

    /**
     * Only the data folder and database are made: each test starts the backend itself with
     * {@link #start(UnaryOperator)}, or in a process of its own with {@code ServerProcess.start(backend.dataDir())}.
     */
    public BackendExtension startedByTheTest() {
        return new BackendExtension(perClass, true, settings);
    }

    /** Starts the backend on this scope's data folder: what {@link #startedByTheTest()} tests call. */
    public TestBackend start() {
        return start(UnaryOperator.identity());
    }

    /** The same, with {@code more} applied to the configuration; a test may start again after {@link #stop()}. */
    public TestBackend start(UnaryOperator<ServerConfig> more) {
        if (running != null) {
            throw new IllegalStateException("the backend is already running");
        }
        running = TestBackend.start(more.apply(settings.apply(TestBackend.defaults(dataDir()))));
        return running;
    }

    /** Stops the backend, keeping its data folder and database for the next {@link #start}. */
    public void stop() {
        if (running != null) {
            TestBackend stopping = running;
            running = null;
            stopping.close();
        }
    }

    @Override
    public SwitchboardServer server() {
        return running().server();
    }

    @Override
    public AdjustableClock clock() {
        return running().clock();
    }

    @Override
    public Path dataDir() {
        if (dataDir == null) {
            throw new IllegalStateException("no backend outside a test of the class that registers it");
        }
        return dataDir;
    }

    @Override
    public ApiClient api() {
        return running().api();
    }

    @Override
    public void restart(UnaryOperator<ServerConfig> more) {
        running().restart(more);
    }

    private TestBackend running() {
        if (running == null) {
            throw new IllegalStateException(dataDir == null ? "no backend outside a test of the class that registers it"
                    : "the backend is not running: a test of startedByTheTest() starts it");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            open();
        }
    }

    /** Also ends a per-test backend whose test never got an instance to destroy (a field initialiser failed). */
    @Override
    public void afterAll(ExtensionContext context) {
        if (dataDir != null) {
            close();
        }
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        if (!perClass) {
            if (dataDir != null) {
                close(); // the previous test's instance was never made, so never destroyed
            }
            open();
        }
    }

    @Override
    public void preDestroyTestInstance(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    private void open() {
        try {
            dataDir = Files.createTempDirectory("switchboard-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!startedByTheTest) {
            try {
                start();
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
        }
    }

    private void close() {
        try {
            stop();
        } finally {
            TestDatabases.release(dataDir);
            delete(dataDir);
            dataDir = null;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a test backend's data folder stays behind: " + folder, e);
        }
    }
}
