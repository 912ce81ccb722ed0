package dev.switchboard.server.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated visitors that browse the demo shop and speak exactly the widget's protocol. The
 * backend runs some with {@code --simulate N}; alone it drives any backend:
 * {@code java -cp switchboard-server.jar dev.switchboard.server.simulator.VisitorSimulator --url http://host:8080 --visitors 50}.
 */
public final class VisitorSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VisitorSimulator.class);

    /**
     * @param backend  the backend's base URL (http://host:port)
     * @param siteBase the URL the simulated pages live under (their origin is checked against the site)
     * @param speed    1 is real time; 10 makes people read ten times faster
     */
    public record Options(URI backend, URI siteBase, String site, int visitors, double speed, long seed, Duration ramp) {

        public Options(URI backend, URI siteBase, String site, int visitors, double speed, long seed) {
            this(backend, siteBase, site, visitors, speed, seed, Duration.ofMillis(Math.min(10_000, 100L * visitors)));
        }

        public static Options demo(URI backend, int visitors) {
            return new Options(backend, backend.resolve("/demo/"), "default", visitors, 1.0, System.nanoTime());
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "visitor-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final RandomGenerator random;
    private final List<BiConsumer<String, String>> pageViewListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong pageViews = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Object lifecycle = new Object();
    private volatile boolean running = true;

    public VisitorSimulator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    /** Visitors arrive over the ramp rather than all at once, as they would on a real site. */
    public void start() {
        long spreadMillis = options.ramp().toMillis();
        for (int i = 0; i < options.visitors(); i++) {
            SimulatedVisitor visitor = new SimulatedVisitor(this, split());
            later(visitor::arrive, options.visitors() == 1 ? 0 : spreadMillis * i / options.visitors(), TimeUnit.MILLISECONDS);
        }
        LOG.info("simulating {} visitors on {} (site {}, speed {})", options.visitors(), options.backend(), options.site(), options.speed());
    }

    /**
     * Called with the visitor's id (null before their first welcome) and the page URL right after
     * a hello is sent: benchmarks time from here.
     */
    public void onPageView(BiConsumer<String, String> listener) {
        pageViewListeners.add(listener);
    }

    public long pageViews() {
        return pageViews.get();
    }

    public long failures() {
        return failures.get();
    }

    void pageViewSent(String visitorId, String url) {
        pageViews.incrementAndGet();
        pageViewListeners.forEach(listener -> listener.accept(visitorId, url));
    }

    void failed(Throwable error) {
        if (failures.incrementAndGet() % 100 == 1) {
            LOG.warn("simulated visitor could not connect: {}", error.toString());
        }
    }

    /** A visitor left: some come back later as the same person, the others are replaced by someone new. */
    void left(SimulatedVisitor visitor) {
        if (random.nextDouble() < 0.3) {
            later(visitor::arrive, scaled(60_000 + random.nextInt(240_000)), TimeUnit.MILLISECONDS);
        } else {
            SimulatedVisitor newcomer = new SimulatedVisitor(this, split());
            later(newcomer::arrive, scaled(1_000 + random.nextInt(19_000)), TimeUnit.MILLISECONDS);
        }
    }

    /** Reading time of a page: mostly 10 to 60 seconds, sometimes minutes. */
    long dwellMillis(RandomGenerator visitorRandom) {
        double seconds = Math.exp(Math.log(25) + 0.7 * visitorRandom.nextGaussian());
        return scaled((long) (Math.max(5, Math.min(300, seconds)) * 1000));
    }

    /**
     * Runs {@code task} after {@code delay} unless the simulator closes first. Socket callbacks
     * call this on their own threads while {@link #close} may run: the check and the scheduling
     * happen under the lock that close takes before shutting the scheduler down, so a task is never
     * handed to a scheduler that already refuses work (which threw at the socket's callback).
     */
    void later(Runnable task, long delay, TimeUnit unit) {
        synchronized (lifecycle) {
            if (running) {
                scheduler.schedule(() -> {
                    if (running) {
                        task.run();
                    }
                }, delay, unit);
            }
        }
    }

    HttpClient http() {
        return http;
    }

    URI socketUri() {
        String base = options.backend().toString().replaceFirst("^http", "ws");
        return URI.create(base.replaceAll("/$", "") + dev.switchboard.shared.visitors.WidgetMessages.PATH);
    }

    String origin() {
        URI base = options.siteBase();
        return base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    String siteBase() {
        String base = options.siteBase().toString();
        return base.endsWith("/") ? base : base + "/";
    }

    String site() {
        return options.site();
    }

    private long scaled(long millis) {
        return Math.max(1, (long) (millis / options.speed()));
    }

    private synchronized RandomGenerator split() {
        return new Random(random.nextLong());
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            running = false;
        }
        scheduler.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        URI backend = URI.create("http://localhost:8080");
        int visitors = 50;
        double speed = 1;
        String site = "default";
        URI siteBase = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> backend = URI.create(args[i + 1]);
                case "--visitors" -> visitors = Integer.parseInt(args[i + 1]);
                case "--speed" -> speed = Double.parseDouble(args[i + 1]);
                case "--site" -> site = args[i + 1];
                case "--pages" -> siteBase = URI.create(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: --url URL --visitors N [--speed X] [--site ID] [--pages BASE-URL]");
            }
        }
        Options options = new Options(backend, siteBase == null ? backend.resolve("/demo/") : siteBase, site, visitors, speed, System.nanoTime());
        VisitorSimulator simulator = new VisitorSimulator(options);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        simulator.start();
        Thread.currentThread().join();
    }
}
