package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.TicketSlaStatus;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * Filtering and sorting a view of 100,000 tickets in the workstation (issue 13: 50 ms or less, off
 * the FX thread), and the resident memory of a JVM holding them. Runs the app's own list model
 * ({@link TicketListModel}: its {@code FilteredList} and search predicate, and a {@code SortedList}
 * over it as the Tickets page's table has) on this thread standing in for the FX thread, where the
 * app runs them today; then {@link TicketListIndex} (search text lowered once, sort keys read once)
 * on a background thread, with the FX thread's share (putting the answer in the table's list) timed
 * apart. No toolkit and no table: the cells' own work (rendering the ~30 rows in view) is not in it.
 *
 * <pre>java -Xmx512m -cp app/target/test-classes:app/target/classes:$(cat app-classpath.txt) \
 *   dev.switchboard.app.tickets.TicketListBenchmark [tickets=100000] [repetitions=30]</pre>
 */
public final class TicketListBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "Smith", "Müller", "García"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "Anna", "Ben", "Chloe"};
    private static final String[] TOPICS = {"退款", "发票", "物流", "屏幕", "登录", "账号", "Refund", "Invoice", "Delivery late",
        "Broken screen", "Cannot log in", "Password reset", "订单号", "退货", "保修", "Warranty", "Upgrade"};
    private static final String[] TAGS = {"vip", "refund", "urgent", "hardware", "billing", "repeat", "shanghai", "beijing"};

    private TicketListBenchmark() {
    }

    /** One timed case: its name, the search and order, and what it measured. */
    private record Case(String name, String search, TicketListIndex.Order order, boolean descending, Comparator<Ticket> asTableSorts) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long rssBefore = rssKb();
        TicketTerms terms = terms();
        Agent me = terms.team().agents().get(1L);
        List<Ticket> tickets = tickets(count, new Random(13));
        System.out.printf("made %,d tickets%n", tickets.size());

        // the app's model as the Tickets page has it, the "FX thread" being this one
        TicketListModel model = new TicketListModel(new ListSource(tickets), new I18n(Locale.ENGLISH), Runnable::run, () -> me,
                new SimpleObjectProperty<>(terms));
        model.queueProperty().set(TicketQueue.ALL_OPEN);
        long t0 = System.nanoTime();
        model.reload();
        SortedList<Ticket> sorted = new SortedList<>(model.shown());
        sorted.setComparator(Comparator.comparing(Ticket::updatedAt).reversed());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("the list model holds %,d tickets, sorted by update (loaded in %.0f ms)%n", sorted.size(), loadMs);
        long rssHeld = settledRssKb();
        long heapHeld = usedHeapKb();

        List<Case> cases = cases(terms, tickets);
        Map<String, Latency> fxNow = new LinkedHashMap<>();
        for (Case c : cases) {
            fxNow.put(c.name(), timeTheModel(model, sorted, c, repetitions));
        }
        Latency changeApplied = timeAChange(model, tickets, repetitions * 10);

        ExecutorService background = Executors.newSingleThreadExecutor();
        long t1 = System.nanoTime();
        TicketListIndex index = background.submit(() -> TicketListIndex.of(tickets, terms)).get();
        double indexMs = (System.nanoTime() - t1) / 1e6;
        Map<TicketListIndex.Order, Double> sortOnce = new LinkedHashMap<>();
        for (Case c : cases) {
            if (!sortOnce.containsKey(c.order())) {
                long s0 = System.nanoTime();
                background.submit(() -> index.query("", c.order(), false)).get();
                sortOnce.put(c.order(), (System.nanoTime() - s0) / 1e6);
            }
        }
        ObservableList<Ticket> tableItems = FXCollections.observableArrayList();
        Map<String, Latency[]> offFx = new LinkedHashMap<>();
        for (Case c : cases) {
            Latency query = new Latency();
            Latency apply = new Latency();
            for (int i = 0; i < repetitions + 5; i++) {
                long q0 = System.nanoTime();
                long[] cpu = new long[1];
                List<Ticket> answer = background.submit(() -> {
                    long cpu0 = CPU.getCurrentThreadCpuTime();
                    List<Ticket> found = index.query(c.search(), c.order(), c.descending());
                    cpu[0] = CPU.getCurrentThreadCpuTime() - cpu0;
                    return found;
                }).get();
                long q1 = System.nanoTime();
                tableItems.setAll(answer);
                long q2 = System.nanoTime();
                query.results = answer.size();
                if (i >= 5) { // the first few warm the JIT
                    query.add(q1 - q0);
                    query.cpu.add(cpu[0]);
                    apply.add(q2 - q1);
                }
            }
            offFx.put(c.name(), new Latency[] {query, apply});
        }
        background.shutdown();
        long rssWithIndex = settledRssKb();
        long heapWithIndex = usedHeapKb();
        report(count, repetitions, loadMs, fxNow, changeApplied, indexMs, sortOnce, offFx, rssBefore, rssHeld, heapHeld, rssWithIndex,
                heapWithIndex, cases);
        // keep everything reachable until measured
        if (sorted.size() + index.size() + tableItems.size() < 0) {
            System.out.println();
        }
    }

    private static List<Case> cases(TicketTerms terms, List<Ticket> tickets) {
        Comparator<Ticket> byUpdate = Comparator.comparing(Ticket::updatedAt).reversed();
        return List.of(
                new Case("search a ticket number", tickets.get(tickets.size() / 2).number(), TicketListIndex.Order.UPDATED, true, byUpdate),
                new Case("search a customer's surname (王)", "王", TicketListIndex.Order.UPDATED, true, byUpdate),
                new Case("search a word (refund)", "refund", TicketListIndex.Order.UPDATED, true, byUpdate),
                new Case("no search, sort by priority", "", TicketListIndex.Order.PRIORITY, true,
                        Comparator.comparing(Ticket::priority, Comparator.nullsFirst(Comparator.<TicketPriority>naturalOrder())).reversed()),
                new Case("no search, sort by assignee name", "", TicketListIndex.Order.ASSIGNEE, false,
                        Comparator.comparing(ticket -> terms.agent(ticket.assigneeId()))),
                new Case("no search, sort by subject", "", TicketListIndex.Order.SUBJECT, false, Comparator.comparing(Ticket::subject)),
                new Case("search an agent's name, sort by number", "agent 07", TicketListIndex.Order.NUMBER, false,
                        Comparator.comparing(Ticket::number)));
    }

    /** A search typed and a column clicked, as the page does them today: all on the thread that owns the lists. */
    private static Latency timeTheModel(TicketListModel model, SortedList<Ticket> sorted, Case c, int repetitions) {
        Latency latency = new Latency();
        for (int i = 0; i < repetitions + 3; i++) {
            model.searchProperty().set("");
            sorted.setComparator(Comparator.comparing(Ticket::updatedAt).reversed());
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            model.searchProperty().set(c.search());
            sorted.setComparator(c.asTableSorts());
            long elapsed = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
            latency.results = sorted.size();
            if (i >= 3) {
                latency.add(elapsed);
                latency.cpu.add(cpu);
            }
        }
        model.searchProperty().set("");
        return latency;
    }

    /** One ticket changed by the change log: found by a walk over the list and replaced, the sorted view following. */
    private static Latency timeAChange(TicketListModel model, List<Ticket> tickets, int times) {
        Latency latency = new Latency();
        Random random = new Random(7);
        for (int i = 0; i < times; i++) {
            Ticket before = tickets.get(random.nextInt(tickets.size()));
            Ticket after = new Ticket(before.id(), before.number(), before.subject(), before.description(), before.requester(),
                    before.categoryId(), before.priority(), before.status(), before.assigneeId(), before.groupId(), before.channel(),
                    before.tags(), before.conversationId(), before.parentId(), before.relatedIds(), before.customFields(),
                    before.version() + 1 + i, before.createdBy(), before.createdAt(), NOW.plusSeconds(i), before.sla());
            long t0 = System.nanoTime();
            model.apply(List.of(new TicketEvent.Changed(after)));
            latency.add(System.nanoTime() - t0);
        }
        return latency;
    }

    private static void report(int count, int repetitions, double loadMs, Map<String, Latency> fxNow, Latency changeApplied, double indexMs,
                               Map<TicketListIndex.Order, Double> sortOnce, Map<String, Latency[]> offFx, long rssBefore, long rssHeld,
                               long heapHeld, long rssWithIndex, long heapWithIndex, List<Case> cases) {
        System.out.println();
        System.out.printf("Ticket list: %,d open tickets (one queue, all open), %d timed repetitions per case after warm-up;%n", count, repetitions);
        System.out.printf("JVM max heap %d MB, %d cores, load average %s; no JavaFX toolkit (lists only, no table cells)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println();
        System.out.printf("| loading the list model (setAll + first sort by update), FX thread | %8.0f ms |%n", loadMs);
        System.out.printf("| building TicketListIndex (search texts), background thread        | %8.0f ms |%n", indexMs);
        System.out.println();
        System.out.println("Today: TicketListModel's FilteredList + the table's SortedList, on the FX thread (a keystroke or a column click)");
        System.out.println();
        System.out.println("| case                                        | results |   p50 ms |   p99 ms |   max ms | CPU p50 ms | goal             |");
        System.out.println("|---------------------------------------------|---------|----------|----------|----------|------------|------------------|");
        for (Case c : cases) {
            Latency latency = fxNow.get(c.name());
            System.out.printf("| %-43s | %7d | %8.1f | %8.1f | %8.1f | %10.1f | <= 50 ms, off FX |%n", c.name(), latency.results, latency.p(50),
                    latency.p(99), latency.max(), latency.cpu.p(50));
        }
        System.out.printf("| %-43s | %7s | %8.2f | %8.2f | %8.2f | %10s | -                |%n", "one ticket changed (change log event)", "",
                changeApplied.p(50), changeApplied.p(99), changeApplied.max(), "");
        System.out.println();
        System.out.println("Proposed: TicketListIndex.query on a background thread; the FX thread only sets the table's items");
        System.out.println();
        sortOnce.forEach((order, ms) -> System.out.printf("| sorting the snapshot by %-9s once (background)  | %8.0f ms |%n", order, ms));
        System.out.println();
        System.out.println("| case                                        | results | query p50 | query p99 | query CPU p50 | CPU p99 | FX setAll p50 | FX setAll p99 |");
        System.out.println("|---------------------------------------------|---------|-----------|-----------|---------------|---------|---------------|---------------|");
        for (Case c : cases) {
            Latency[] both = offFx.get(c.name());
            System.out.printf("| %-43s | %7d | %9.1f | %9.1f | %13.1f | %7.1f | %13.1f | %13.1f |%n", c.name(), both[0].results, both[0].p(50),
                    both[0].p(99), both[0].cpu.p(50), both[0].cpu.p(99), both[1].p(50), both[1].p(99));
        }
        System.out.println();
        System.out.printf("| resident memory (VmRSS) at start                      | %7d MB |%n", rssBefore / 1024);
        System.out.printf("| resident memory holding the %,d tickets in the model | %7d MB |%n", count, rssHeld / 1024);
        System.out.printf("|   of which Java heap in use after a full GC            | %7d MB |%n", heapHeld / 1024);
        System.out.printf("| resident memory with the index as well                | %7d MB |%n", rssWithIndex / 1024);
        System.out.printf("|   of which Java heap in use after a full GC            | %7d MB |%n", heapWithIndex / 1024);
    }

    // ---- data ----

    private static TicketTerms terms() {
        List<Agent> agents = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            agents.add(new Agent(i, String.format("agent%02d", i), String.format("Agent %02d", i), Role.AGENT, List.of((long) (i % 10) + 1),
                    Map.of(), 8, AgentStatus.ONLINE, true, 1, null));
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            groups.add(new Group(i, "Group " + i, "", 1));
        }
        return new TicketTerms(List.of(
                new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
                new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
                new TicketStatus("pending", "Pending", "待回复", StatusKind.WAITING, true, 3, true, 1),
                new TicketStatus("solved", "Solved", "已解决", StatusKind.SOLVED, false, 4, true, 1)), List.of(),
                TeamSnapshot.of(agents, groups, 1));
    }

    /** Open tickets as the backend answers them: a requester with contacts, tags, an SLA with two clocks on most. */
    static List<Ticket> tickets(int count, Random random) {
        List<Ticket> tickets = new ArrayList<>(count);
        String[] statuses = {"new", "open", "open", "pending"};
        for (int i = 1; i <= count; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            Requester requester = new Requester(i, name, "customer" + i + "@example.cn", random.nextBoolean() ? "+86 138 " + (10_000_000 + i) : null,
                    null);
            String subject = TOPICS[random.nextInt(TOPICS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " #" + (100_000 + random.nextInt(900_000));
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            Instant created = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24)));
            TicketSlaStatus sla = random.nextInt(10) < 8 ? new TicketSlaStatus(1L, "Default", SlaState.RUNNING, updated.plus(Duration.ofHours(8)),
                    List.of(new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.MET, 480, 30, 0, created.plus(Duration.ofMinutes(384)),
                                    created.plus(Duration.ofHours(8)), created.plus(Duration.ofMinutes(30))),
                            new SlaTargetClock(SlaTarget.SOLUTION, SlaState.RUNNING, 4320, 600, 0, created.plus(Duration.ofMinutes(3456)),
                                    created.plus(Duration.ofDays(3)), null)), updated) : null;
            Long assignee = random.nextInt(4) == 0 ? null : (long) random.nextInt(100) + 1;
            tickets.add(new Ticket(i, String.format("T-2026%04d-%04d", 1000 + i / 10_000, i % 10_000), subject, null, requester, null,
                    TicketPriority.values()[random.nextInt(4)], statuses[random.nextInt(statuses.length)], assignee, (long) random.nextInt(10) + 1,
                    TicketChannel.values()[random.nextInt(TicketChannel.values().length)], tags, null, null, List.of(), Map.of(), 1 + random.nextInt(9),
                    null, created, updated, sla));
        }
        return tickets;
    }

    // ---- measuring ----

    private static final class Latency {
        private final List<Long> nanos = new ArrayList<>();
        /** The same in the measuring thread's CPU time: without the waits for a core of a busy machine. */
        private final Latency cpu;
        private int results;

        Latency() {
            this(true);
        }

        private Latency(boolean withCpu) {
            cpu = withCpu ? new Latency(false) : null;
        }

        void add(long elapsed) {
            nanos.add(elapsed);
        }

        double p(int percentile) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int at = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
        }

        double max() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
    }

    private static long settledRssKb() throws InterruptedException {
        System.gc();
        Thread.sleep(500); // a full GC returns pages to the OS a moment later; this is a measurement, not a test
        return rssKb();
    }

    private static long usedHeapKb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }

    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3).reduce((a, b) -> a + " " + b).orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Answers the whole list for any queue; nothing else is asked. */
    static final class ListSource implements TicketSource {
        private final List<Ticket> tickets;

        ListSource(List<Ticket> tickets) {
            this.tickets = tickets;
        }

        @Override
        public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
            return CompletableFuture.completedFuture(tickets);
        }

        private static <T> CompletableFuture<T> unused() {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not part of the benchmark"));
        }

        @Override
        public CompletableFuture<Ticket> get(long id) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketComment>> comments(long ticketId) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketHistoryEntry>> history(long ticketId) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> create(NewTicket ticket) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> createFromChat(long conversationId) {
            return unused();
        }

        @Override
        public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
            return unused();
        }

        @Override
        public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketStatus>> statuses() {
            return unused();
        }

        @Override
        public CompletableFuture<List<TicketCategory>> categories() {
            return unused();
        }
    }
}
