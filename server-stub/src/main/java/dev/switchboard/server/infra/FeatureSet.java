package dev.switchboard.server.infra;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed features: builds them in list order and keeps what they added (routes, periodic
 * tasks, close steps) for the server to start and stop.
 */
public final class FeatureSet implements FeatureContext {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureSet.class);

    private record PeriodicTask(Duration initialDelay, Duration period, String task, Runnable work) {
    }

    private record CloseStep(String step, Runnable close) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Path dataDir;
    private final ScheduledExecutorService timers;
    /** Read by {@link #later} suppliers on request threads once installed. */
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Set<Class<?>> lateLookups = new LinkedHashSet<>();
    private final List<HttpApi.Routes> routes = new ArrayList<>();
    private final List<PeriodicTask> periodicTasks = new ArrayList<>();
    private final List<CloseStep> closeSteps = new ArrayList<>();
    private volatile boolean installed;

    private FeatureSet(Jdbi jdbi, Clock clock, Path dataDir, ScheduledExecutorService timers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.dataDir = dataDir;
        this.timers = timers;
    }

    /**
     * Installs the features in order. When one fails, the close steps of those installed before it
     * run (their writer threads stop) and the failure goes on to the caller.
     */
    public static FeatureSet install(Jdbi jdbi, Clock clock, Path dataDir, ScheduledExecutorService timers, List<BackendFeature> features) {
        FeatureSet set = new FeatureSet(jdbi, clock, dataDir, timers);
        try {
            features.forEach(feature -> feature.install(set));
            for (Class<?> type : set.lateLookups) {
                set.require(type);
            }
            set.installed = true;
            return set;
        } catch (RuntimeException e) {
            set.close();
            throw e;
        }
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public <T> void publish(Class<T> type, T service) {
        requireInstalling();
        if (services.putIfAbsent(type, type.cast(service)) != null) {
            throw new IllegalStateException("two features publish " + type.getSimpleName());
        }
    }

    @Override
    public <T> T require(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("no feature published " + type.getSimpleName()
                    + ": list the feature that does before the ones that use it");
        }
        return type.cast(service);
    }

    @Override
    public <T> Supplier<T> later(Class<T> type) {
        requireInstalling();
        lateLookups.add(type);
        return () -> {
            if (!installed) {
                throw new IllegalStateException(type.getSimpleName() + " is read before every feature is installed");
            }
            return require(type);
        };
    }

    @Override
    public void routes(HttpApi.Routes... added) {
        requireInstalling();
        routes.addAll(List.of(added));
    }

    @Override
    public void every(Duration initialDelay, Duration period, String task, Runnable work) {
        requireInstalling();
        periodicTasks.add(new PeriodicTask(initialDelay, period, task, work));
    }

    @Override
    public void onClose(String step, Runnable close) {
        requireInstalling();
        closeSteps.add(new CloseStep(step, close));
    }

    /** Every feature's endpoints, in the order the features added them. */
    public List<HttpApi.Routes> routes() {
        return List.copyOf(routes);
    }

    /** Starts the periodic tasks on the shared timers; call once the server is listening. */
    public void startPeriodicTasks() {
        for (PeriodicTask task : periodicTasks) {
            timers.scheduleWithFixedDelay(() -> runSafely(task), task.initialDelay().toMillis(), task.period().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the close steps, last feature first; a step that fails is logged and the others still run. */
    public void close() {
        for (int i = closeSteps.size() - 1; i >= 0; i--) {
            CloseStep step = closeSteps.get(i);
            try {
                step.close().run();
            } catch (RuntimeException e) {
                LOG.error("closing {} failed", step.step(), e);
            }
        }
    }

    private void requireInstalling() {
        if (installed) {
            throw new IllegalStateException("features add services, routes, tasks and close steps while they are installed");
        }
    }

    private static void runSafely(PeriodicTask task) {
        try {
            task.work().run();
        } catch (RuntimeException e) {
            LOG.error("{} failed", task.task(), e);
        }
    }
}
