package dev.switchboard.server.infra;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * What a feature gets while it is installed: the shared plumbing, the services earlier features
 * published, and the places to add its routes, periodic tasks and close steps.
 *
 * <p>Services are looked up by type. The shared services that live in feature packages (the change
 * log, the audit log, callers, the agent socket) are published like any other, by the line of the
 * server's list that builds them, so that this contract knows no feature.
 */
public interface FeatureContext {

    Jdbi jdbi();

    /** The time source of every feature; tests give an adjustable one. */
    Clock clock();

    /** The data folder: the embedded database, uploads, the first admin's password file. */
    Path dataDir();

    /**
     * The shared scheduler, for one-off time-outs (an offer expiring, a hello deadline). Periodic
     * tasks go through {@link #every}, which starts them with the server and logs their failures.
     */
    ScheduledExecutorService timers();

    /** Makes a service available to the features installed after this one; a type is published once. */
    <T> void publish(Class<T> type, T service);

    /** A service an earlier feature published; fails the start when none did. */
    <T> T require(Class<T> type);

    /**
     * A service a later feature will publish, for the rare edge that closes a cycle of objects
     * (the widget socket asks blocks about visitors; blocks disconnect visitors). The supplier
     * answers once every feature is installed; the start fails when no feature published the type.
     * Read it when serving, never while installing.
     */
    <T> Supplier<T> later(Class<T> type);

    /** HTTP and WebSocket endpoints, registered when the HTTP server is created, in the order added. */
    void routes(HttpApi.Routes... routes);

    /**
     * Runs {@code work} every {@code period} once the server is listening, first after
     * {@code initialDelay}; a failure is logged and the next run happens anyway.
     *
     * @param task what the work is, for the log
     */
    void every(Duration initialDelay, Duration period, String task, Runnable work);

    /**
     * A step of the shutdown, run after the HTTP server stopped and the timers finished, and before
     * the database closes. Steps run in the reverse order of the features: a feature closes before
     * those it stands on.
     *
     * @param step what is closed, for the log
     */
    void onClose(String step, Runnable close);
}
