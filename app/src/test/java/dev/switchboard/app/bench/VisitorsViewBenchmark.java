package dev.switchboard.app.bench;

import dev.switchboard.app.net.AgentConnection;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.MessageHandlers;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.app.testing.TestData;
import dev.switchboard.app.visitors.VisitorColumn;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.app.visitors.VisitorRow;
import dev.switchboard.app.visitors.VisitorsView;
import dev.switchboard.app.visitors.VisitorsViewModel;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.Welcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The Visitors page under load: {@code visitors} online visitors and {@code updates} changes a
 * second, fed by a synthetic in-process server through the workstation's real path (agent socket
 * message parsing, {@link VisitorFeed}, view model, table) into a real window. Measures the FX
 * thread's work per frame, the frame intervals, searching and sorting the full list, and the
 * process's resident memory. Not run by {@code mvn verify}; see docs/BENCHMARKS.md.
 *
 * <p>Usage: {@code VisitorsViewBenchmark [visitors=10000] [updates-per-second=500] [seconds=30]}
 */
public final class VisitorsViewBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** The server sends a batch every 20 ms. */
    private static final int BATCHES_PER_SECOND = 50;

    private final int visitors;
    private final int updatesPerSecond;
    private final int seconds;
    private final Timings search = new Timings();
    private final Timings searchCpu = new Timings();
    private final Timings sort = new Timings();
    private final Timings sortCpu = new Timings();
    /** The phase being measured, or null between phases. */
    private volatile Phase measuring;
    private long snapshotApplyNanos;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // FX thread only:
    private long workSinceLastFrame;
    private long cpuSinceLastFrame;
    private long layoutStart;
    private long layoutCpuStart;
    private long lastFrame;

    private VisitorsViewBenchmark(int visitors, int updatesPerSecond, int seconds) {
        this.visitors = visitors;
        this.updatesPerSecond = updatesPerSecond;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        new VisitorsViewBenchmark(arg(args, 0, 10_000), arg(args, 1, 500), arg(args, 2, 30)).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        BackgroundExecutors background = new BackgroundExecutors("bench");
        SyntheticVisitors synthetic = new SyntheticVisitors();

        // Every drain of the feed runs through here: its time on the FX thread is the batch apply.
        Executor timedFx = task -> Platform.runLater(() -> {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            task.run();
            long took = System.nanoTime() - start;
            workSinceLastFrame += took;
            cpuSinceLastFrame += threads.getCurrentThreadCpuTime() - cpuStart;
            Phase phase = measuring;
            if (phase != null) {
                phase.apply.add(took);
            } else if (snapshotApplyNanos == 0) {
                snapshotApplyNanos = took;
            }
        });
        VisitorFeed feed = new VisitorFeed(timedFx, Clock.systemUTC());
        InProcessSocket socket = new InProcessSocket();
        // Only the visitor list matters here, fed as the visitors feature's handlers feed it.
        MessageHandlers handlers = new MessageHandlers();
        handlers.add(MessageTypes.VISITORS_SNAPSHOT, VisitorBatch.class, batch -> feed.accept(batch, true));
        handlers.add(MessageTypes.VISITORS_BATCH, VisitorBatch.class, batch -> feed.accept(batch, false));
        AgentConnection connection = new AgentConnection(ServerUrl.parse("http://bench.invalid"), "bench", socket,
                background.io(), background.scheduler(), Backoff.standard(), () -> 0L, new IgnoredEvents(), handlers);
        connection.start();
        socket.serverSends(TestData.welcome(TestData.agent(1, "alice", AgentStatus.ONLINE, 1)));

        NotificationCenter notices = new NotificationCenter(background.scheduler(), Platform::runLater, () -> false, () -> { });
        VisitorsViewModel model = new VisitorsViewModel(feed, new I18n(Locale.ENGLISH), new VisitorsViewModel.Services(
                new DetailsOnly(synthetic), () -> VisitorPreferences.DEFAULTS, notices, Clock.systemUTC(), ZoneId.systemDefault(),
                background.scheduler(), Platform::runLater, FXCollections.observableArrayList()));
        Stage stage = onFx(() -> show(new VisitorsView(model, new ThemeManager(AppTheme.LIGHT))));
        @SuppressWarnings("unchecked")
        TableView<VisitorRow> table = (TableView<VisitorRow>) stage.getScene().lookup("#visitorsTable");

        long snapshotStart = System.nanoTime();
        socket.serverSends(synthetic.snapshot(visitors, Instant.now()));
        while (onFx(() -> table.getItems().size()) < visitors) {
            Thread.sleep(5);
        }
        long snapshotMillis = (System.nanoTime() - snapshotStart) / 1_000_000;
        onFx(() -> {
            table.getSelectionModel().select(3);
            return null;
        });

        ScheduledExecutorService server = Executors.newSingleThreadScheduledExecutor(BackgroundExecutors.daemonThreads("server"));
        int perBatch = Math.max(1, updatesPerSecond / BATCHES_PER_SECOND);
        server.scheduleAtFixedRate(() -> {
            socket.serverSends(synthetic.batch(perBatch, Instant.now()));
            Phase phase = measuring;
            if (phase != null) {
                phase.updatesSent.addAndGet(perBatch);
            }
        }, 0, 1000 / BATCHES_PER_SECOND, TimeUnit.MILLISECONDS);
        Thread.sleep(WARM_UP.toMillis());

        Phase stable = measure("longest on site first (the default order)", feed);
        onFx(() -> {
            TableColumn<VisitorRow, ?> onSite = table.getColumns().stream()
                    .filter(column -> column.getUserData() == VisitorColumn.ON_SITE).findFirst().orElseThrow();
            onSite.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(onSite));
            return null;
        });
        Phase newestFirst = measure("newest first: every arrival shifts the rows in view", feed);

        // Searching and sorting 10,000 rows while the updates keep coming.
        TextField searchField = (TextField) stage.getScene().lookup("#visitorSearch");
        for (int round = 0; round < 4; round++) {
            for (String typed : List.of("a", "au", "aur", "auro", "aurora", "aurora a", "aurora a7", "")) {
                timeOnFx(() -> searchField.setText(typed), search, searchCpu);
            }
        }
        for (int round = 0; round < 4; round++) {
            for (TableColumn<VisitorRow, ?> column : table.getColumns()) {
                timeOnFx(() -> table.getSortOrder().setAll(List.of(column)), sort, sortCpu);
            }
        }
        server.shutdownNow();
        long rssAtEnd = residentKilobytes();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();

        report(snapshotMillis, List.of(stable, newestFirst), rssAtEnd, heap.getUsed());
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    /** Measures the running feed for the configured time. */
    private Phase measure(String order, VisitorFeed feed) throws InterruptedException {
        Phase phase = new Phase(order);
        long appliedBefore = onFx(() -> feed.appliedProperty().get());
        measuring = phase;
        for (int second = 0; second < seconds; second++) {
            Thread.sleep(1000);
            phase.peakRss = Math.max(phase.peakRss, residentKilobytes());
        }
        measuring = null;
        phase.drains = onFx(() -> feed.appliedProperty().get()) - appliedBefore;
        return phase;
    }

    private Stage show(VisitorsView view) {
        Stage stage = new Stage();
        Scene scene = new Scene(view.root(), 1280, 800);
        new ThemeManager(AppTheme.LIGHT).register(scene);
        stage.setScene(scene);
        stage.setTitle("Switchboard visitors benchmark");
        view.activate();
        scene.addPreLayoutPulseListener(() -> {
            layoutStart = System.nanoTime();
            layoutCpuStart = threads.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            long took = System.nanoTime() - layoutStart;
            workSinceLastFrame += took;
            cpuSinceLastFrame += threads.getCurrentThreadCpuTime() - layoutCpuStart;
            Phase phase = measuring;
            if (phase != null) {
                phase.layout.add(took);
            }
        });
        // Runs once per pulse: the interval between two runs is what the agent sees as a frame.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Phase phase = measuring;
                if (phase != null && lastFrame != 0) {
                    phase.frames.add(now - lastFrame);
                    phase.workPerFrame.add(workSinceLastFrame);
                    phase.cpuPerFrame.add(cpuSinceLastFrame);
                }
                workSinceLastFrame = 0;
                cpuSinceLastFrame = 0;
                lastFrame = now;
            }
        }.start();
        stage.show();
        return stage;
    }

    private void report(long snapshotMillis, List<Phase> phases, long rssAtEnd, long heapAfterGc) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%nWorkstation visitors view: %,d visitors, %d updates/s, %d s per order after %d s warm-up;%n"
                        + "synthetic in-process feed through the agent-socket parser; JavaFX %s, prism %s, glass %s;%n"
                        + "JVM max heap %,d MB, %d cores, load average %s; window 1280x800, table at the top, a row selected%n%n",
                visitors, updatesPerSecond, seconds, WARM_UP.toSeconds(), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order", "default"), System.getProperty("glass.platform", "default"),
                runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(), loadAverage());
        System.out.printf("| %-50s | %,8d ms |%n", "snapshot of " + visitors + " visitors shown (parse + apply)", snapshotMillis);
        System.out.printf("| %-50s | %8.1f ms |%n", "  of which the apply on the FX thread", snapshotApplyNanos / 1e6);
        for (Phase phase : phases) {
            System.out.printf("%nOrder: %s; %,d updates sent, %.1f batches applied per second%n%n", phase.order,
                    phase.updatesSent.get(), phase.drains / (double) seconds);
            System.out.println(Timings.header());
            System.out.println(phase.workPerFrame.row("FX thread work per frame (apply + CSS/layout)", "p99 <= 20 ms"));
            System.out.println(phase.cpuPerFrame.row("  the same in FX thread CPU time", "-"));
            System.out.println(phase.apply.row("  batch apply (drain, lists, table, selection)", "-"));
            System.out.println(phase.layout.row("  CSS + layout pass of the scene", "-"));
            System.out.println(phase.frames.row("frame-to-frame interval (AnimationTimer)", "-"));
        }
        System.out.printf("%nWhile the updates go on (newest first):%n%n%s%n", Timings.header());
        System.out.println(search.row("search keystroke, " + visitors + " rows filtered", "-"));
        System.out.println(searchCpu.row("  the same in FX thread CPU time", "-"));
        System.out.println(sort.row("sort by a column, " + visitors + " rows", "-"));
        System.out.println(sortCpu.row("  the same in FX thread CPU time", "-"));
        long peakRss = phases.stream().mapToLong(phase -> phase.peakRss).max().orElse(0);
        System.out.printf("%n| %-50s | %,8d MB | goal <= 500 MB |%n", "resident memory (VmRSS), peak while measuring",
                peakRss / 1024);
        System.out.printf("| %-50s | %,8d MB |                |%n", "resident memory (VmRSS) at the end", rssAtEnd / 1024);
        System.out.printf("| %-50s | %,8d MB |                |%n", "heap in use after a full GC (the live data)",
                heapAfterGc / (1024 * 1024));
    }

    /** Runs {@code action} on the FX thread and records how long it took there, in wall and CPU time. */
    private void timeOnFx(Runnable action, Timings wall, Timings cpu) {
        onFx(() -> {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            action.run();
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            wall.add(System.nanoTime() - start);
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: report nothing rather than a wrong figure
        }
        return 0;
    }

    /** The machine's load over the last minute: other processes on these cores slow the FX thread. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** The measurements of one table order. */
    private static final class Phase {
        final String order;
        final Timings apply = new Timings();
        final Timings layout = new Timings();
        final Timings workPerFrame = new Timings();
        final Timings cpuPerFrame = new Timings();
        final Timings frames = new Timings();
        final AtomicLong updatesSent = new AtomicLong();
        long peakRss;
        long drains;

        Phase(String order) {
            this.order = order;
        }
    }

    /** The connection's own events do not matter here. */
    private static final class IgnoredEvents implements AgentConnection.Listener {
        @Override
        public void stateChanged(ConnectionState state) {
        }

        @Override
        public void welcomed(Welcome welcome) {
        }

        @Override
        public void sessionEnded(Optional<Problem> reason) {
        }

        @Override
        public void incompatibleServer(int serverProtocol, String serverVersion) {
        }
    }
}
