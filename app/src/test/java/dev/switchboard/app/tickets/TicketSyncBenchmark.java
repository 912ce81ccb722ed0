package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.Features;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.testing.LiveAgent;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's sync benchmarks, end to end: the workstation's own client code ({@link LiveAgent}: login,
 * H2 cache file, agent socket, sync engine, every feature joined, the ticket keepers and outbox of
 * ADR 0038) against a real backend on H2 (ADR 0034), both in this JVM. Not part of the build; run
 * <pre>./mvnw -B -o -q -pl app -am verify -Dtest=TicketSyncBenchmark -Dbench.ticketSync=100000 \
 *   -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 * {@code -Dbench.jfr=FILE} records a profile of the first fill, with {@code -Dbench.jfrPhase=push} of the push.
 * The memory is measured in a workstation JVM of its own ({@link WorkstationCacheMemoryMain}).
 */
@EnabledIfSystemProperty(named = "bench.ticketSync", matches = "\\d+")
class TicketSyncBenchmark {

    private static final int MUTATIONS = 1000;
    /** The tickets others change meanwhile: the newest, none of those edited offline. */
    private static final int CHANGES_MEANWHILE = 10_000;
    private static final Pattern MEMORY = Pattern.compile("memory connectedRss=(\\d+) rss=(\\d+) heap=(\\d+) maxHeap=(\\d+) tickets=(\\d+)");

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();

    @TempDir
    Path home;

    private final List<String> rows = new ArrayList<>();

    @Test
    void syncsWithinTheGoals() throws Exception {
        int count = Integer.getInteger("bench.ticketSync");
        String profile = System.getProperty("bench.jfr");
        boolean profilePush = "push".equals(System.getProperty("bench.jfrPhase"));
        Recording recording = profile == null ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null && !profilePush) {
            recording.start();
        }
        List<Long> ids = TicketSyncBenchmarkData.seed(backend, count);
        String url = "http://localhost:" + backend.server().port();

        // 1. the first fill: an empty cache signs in and fills itself through the snapshot (TicketFill), the socket skipping
        //    the ticket entries the snapshot covers
        Phase fill = Phase.start();
        LiveAgent agent = LiveAgent.signIn(url, "admin", TestBackend.PASSWORD, home);
        long connectedMs = fill.millis();
        await("the cache holds every ticket", 600, () -> cached(agent, "SELECT COUNT(*) FROM offline_ticket") >= count);
        fill.end();
        if (recording != null && !profilePush) { // the profile is of the first fill, unless the push is asked for
            recording.dump(Path.of(profile));
            recording.close();
        }
        row("initial sync of %,d tickets into an empty cache (sign-in to all in the H2 file)".formatted(count), fill, "<= 10 s",
                "connected after %d ms".formatted(connectedMs));

        // 2. 1,000 edits made offline into the outbox; on the next sign-in the session's own pusher sends them
        long me = agent.session().session().agent().id();
        agent.close();
        int problems = offlineEdits(ServerUrl.parse(url) + "|" + me, me, ids);
        if (recording != null && profilePush) {
            recording.start();
        }
        Phase push = Phase.start();
        LiveAgent pushing = LiveAgent.signIn(url, "admin", TestBackend.PASSWORD, home);
        long pushConnectedMs = push.millis();
        await("the outbox is pushed", 900, () -> cached(pushing, "SELECT COUNT(*) FROM ticket_outbox") == 0);
        push.end();
        if (recording != null && profilePush) {
            recording.dump(Path.of(profile));
            recording.close();
        }
        row("pushing %,d offline mutations on reconnect (600 edits, 200 replies, 150 notes, 50 creates)".formatted(MUTATIONS), push, "<= 2 s",
                "connected after %d ms; %d conflicts/refusals".formatted(pushConnectedMs,
                        pushing.session().require(OfflineTicketWiring.class).tickets().problems().join().size() - problems));
        pushing.close();

        // 3. away while others change 10,000 tickets; back, the change log brings them (and the push and list read on connect run)
        List<Long> changed = ids.subList(ids.size() - CHANGES_MEANWHILE, ids.size());
        int applied = TicketSyncBenchmarkData.othersChange(backend, changed);
        url = "http://localhost:" + backend.server().port(); // started again, on a port of its own
        Phase catchUp = Phase.start();
        LiveAgent back = LiveAgent.signIn(url, "admin", TestBackend.PASSWORD, home);
        String inRange = "SELECT COUNT(*) FROM offline_ticket WHERE id BETWEEN " + changed.get(0) + " AND " + changed.get(changed.size() - 1)
                + " AND version > 1";
        await("the cache holds the changes made meanwhile", 600, () -> cached(back, inRange) >= applied);
        catchUp.end();
        row("catch-up after being away: %,d changes by others (sign-in to all in the H2 file)".formatted(applied), catchUp, "<= 2 s",
                "the change log's entries of %,d tickets".formatted(applied));
        back.close();

        // 4. a workstation JVM of its own on that cache, with the ticket list read as the Tickets page does
        Matcher memory = workstationMemory(url);
        rows.add(String.format("| resident memory of a workstation with the %,d-ticket cache, list read | %,d MB (%,d MB right after sign-in)"
                        + " | heap after GC %,d MB of %,d MB max | %s tickets listed |", count, Long.parseLong(memory.group(2)) / 1024,
                Long.parseLong(memory.group(1)) / 1024, Long.parseLong(memory.group(3)) / 1024, Long.parseLong(memory.group(4)) / 1024,
                memory.group(5)));
        report(count);
    }

    /**
     * 600 field edits on tickets of their own, 200 replies, 150 notes and 50 tickets made offline: the
     * workstation's offline code on its cache file while no session runs. Answers the problems kept before.
     */
    private int offlineEdits(String account, long me, List<Long> ids) {
        try (CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(),
                Features.ALL.stream().flatMap(feature -> feature.cacheMigrations().stream()).toArray(String[]::new))) {
            OfflineTickets tickets = new OfflineTickets(cache, account, me, "Admin", Role.ADMIN, Clock.systemUTC(), n -> "Offline " + n);
            for (int i = 0; i < 600; i++) {
                TicketPatch patch = i % 2 == 0
                        ? new TicketPatch(1L, null, null, null, TicketPriority.URGENT, null, null, null, null, null, null, null)
                        : new TicketPatch(1L, "打印机卡纸 printer jams (checked offline) " + i, null, null, null, null, null, null, null, null, null, null);
                tickets.patch(ids.get(i), patch).join();
            }
            for (int i = 0; i < 350; i++) {
                CommentKind kind = i < 200 ? CommentKind.PUBLIC_REPLY : CommentKind.INTERNAL_NOTE;
                tickets.comment(ids.get(600 + i), new NewTicketComment(kind, "您好，我们已经收到您的问题，正在处理。We are on it. " + i, null)).join();
            }
            for (int i = 0; i < 50; i++) {
                tickets.create(new NewTicket("离线创建 made offline " + i, "在火车上记录的问题", null, new RequesterInput("陈先生 " + i, null,
                        "1380013" + String.format("%04d", i), null), null, null, null, null, 1L, TicketChannel.PHONE, null, null, null, null, null,
                        null)).join();
            }
            assertThat(tickets.pending().join()).as("outbox").isEqualTo(MUTATIONS);
            return tickets.problems().join().size();
        }
    }

    private Matcher workstationMemory(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), WorkstationCacheMemoryMain.class.getName(),
                url, home.toString(), "admin", TestBackend.PASSWORD).redirectErrorStream(true).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                Matcher memory = MEMORY.matcher(line);
                if (memory.find()) {
                    child.waitFor(30, TimeUnit.SECONDS);
                    return memory;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        throw new AssertionError("the workstation JVM did not measure its memory: " + said);
    }

    private static long cached(LiveAgent agent, String countQuery) {
        return agent.cache().transaction(handle -> handle.createQuery(countQuery).mapTo(Long.class).one()).join();
    }

    private static void await(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(20); // polling a condition with a deadline; the time it measures is the condition's
        }
    }

    private void row(String what, Phase phase, String goal, String note) {
        long ms = phase.millis();
        long goalMs = goal.contains("10 s") ? 10_000 : 2_000;
        rows.add(String.format("| %s | %,d ms | %,d ms CPU | %s | %s | %s |", what, ms, phase.cpuMillis(), goal, ms <= goalMs ? "met" : "MISSED", note));
        System.out.println("BENCH " + rows.get(rows.size() - 1));
    }

    private void report(int count) throws Exception {
        System.out.println();
        System.out.printf("Ticket sync, end to end (workstation client code and backend on H2 in one JVM), %,d tickets; %d cores,"
                        + " load average %s, max heap %d MB%n", count, Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println();
        System.out.println("| what | wall time | CPU (whole JVM: backend and workstation) | goal | | note |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
    }

    /** A measured stretch: its wall time and the whole JVM's CPU time (backend and workstation together), until {@link #end}. */
    private static final class Phase {
        private final long startedNanos = System.nanoTime();
        private final long startedCpu = cpu();
        private long wall = -1;
        private long cpu = -1;

        static Phase start() {
            return new Phase();
        }

        Phase end() {
            wall = System.nanoTime() - startedNanos;
            cpu = cpu() - startedCpu;
            return this;
        }

        long millis() {
            return (wall < 0 ? System.nanoTime() - startedNanos : wall) / 1_000_000;
        }

        long cpuMillis() {
            return (cpu < 0 ? cpu() - startedCpu : cpu) / 1_000_000;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
