package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Filtering and sorting a view of 100,000 tickets in the workstation (issue 13: 50 ms or less, off
 * the FX thread), and the resident memory of a JVM holding them. First the way the Tickets page did
 * it before ADR 0044 (a {@code FilteredList} whose predicate joins and lowers each row's text, and a
 * {@code SortedList} over it, on the thread that owns them: the FX thread), then the page's own
 * {@link TicketListModel} as wired now: a single thread stands in for the FX thread, the model's
 * background executor is another; a keystroke or a header click is timed from the FX thread's event
 * to the answer put in the table's list there, with each thread's CPU time apart. No toolkit and no
 * table: the cells' own work (rendering the ~30 rows in view) is not in it.
 *
 * <pre>java -Xmx512m -cp app/target/test-classes:app/target/classes:$(cat app-classpath.txt) \
 *   dev.switchboard.app.tickets.TicketListBenchmark [tickets=100000] [repetitions=30]</pre>
 */
public final class TicketListBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TicketListBenchmark() {
    }

    /** One timed case: its name, the search and the column clicked, and how the old table sorted for that column. */
    private record Case(String name, String search, TicketColumn column, boolean descending, Comparator<Ticket> asTableSorts) {
    }

    /** What the wired model measured for a case: until the answer is in the table's list, and each thread's share. */
    private record Wired(Latency total, Latency fxEvent, Latency fxAnswer, Latency backgroundCpu, double firstMs) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long rssBefore = rssKb();
        TicketTerms terms = TicketListBenchmarkData.terms();
        Agent me = terms.team().agents().get(1L);
        List<Ticket> tickets = TicketListBenchmarkData.tickets(count, new Random(13));
        List<Case> cases = cases(terms, tickets);
        System.out.printf("made %,d tickets%n", tickets.size());

        // before ADR 0044: the lists on the FX thread, this thread standing in for it
        ObservableList<Ticket> oldItems = FXCollections.observableArrayList();
        FilteredList<Ticket> oldShown = new FilteredList<>(oldItems);
        SortedList<Ticket> oldSorted = new SortedList<>(oldShown);
        long t0 = System.nanoTime();
        oldItems.setAll(tickets);
        oldSorted.setComparator(Comparator.comparing(Ticket::updatedAt).reversed());
        double oldLoadMs = (System.nanoTime() - t0) / 1e6;
        Map<String, Latency> before = new LinkedHashMap<>();
        for (Case c : cases) {
            before.put(c.name(), timeTheOldLists(oldShown, oldSorted, terms, c, repetitions));
        }
        oldItems.clear();

        // now: the page's list model, its answers put in the table's list on the FX thread
        ExecutorService fx = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "fx-stand-in"));
        ExecutorService background = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "ticket-list"));
        long backgroundThread = background.submit(() -> Thread.currentThread().getId()).get();
        TicketListModel model = new TicketListModel(new TicketListBenchmarkData.ListSource(tickets), new I18n(Locale.ENGLISH), fx, background, () -> me,
                new SimpleObjectProperty<>(terms));
        ObservableList<Ticket> tableItems = FXCollections.observableArrayList();
        Latency fxAnswer = new Latency();
        AtomicLong answered = new AtomicLong();
        fx.submit(() -> model.shownProperty().addListener((observable, was, answer) -> {
            long a0 = System.nanoTime();
            tableItems.setAll(answer);
            long a1 = System.nanoTime();
            fxAnswer.add(a1 - a0);
            answered.set(a1);
        })).get();
        long l0 = System.nanoTime();
        fx.submit(() -> {
            model.queueProperty().set(TicketQueue.ALL_OPEN);
            model.reload();
        }).get();
        settle(fx, background);
        double loadMs = (answered.get() - l0) / 1e6;
        System.out.printf("the list model shows %,d tickets, newest change first (in %.0f ms)%n", tableItems.size(), loadMs);
        long rssHeld = settledRssKb();
        long heapHeld = usedHeapKb();

        Map<String, Wired> now = new LinkedHashMap<>();
        for (Case c : cases) {
            now.put(c.name(), timeTheModel(model, fx, background, backgroundThread, fxAnswer, answered, c, repetitions));
        }
        Wired change = timeAChange(model, fx, background, backgroundThread, fxAnswer, answered, tickets, "", Math.max(5, repetitions / 3));
        Wired changeSearched = timeAChange(model, fx, background, backgroundThread, fxAnswer, answered, tickets, "refund",
                Math.max(5, repetitions / 3));
        long heapSearched = usedHeapKb(); // the model's snapshot now has its search postings (and its sorted orders)
        fx.shutdown();
        background.shutdown();
        report(count, repetitions, oldLoadMs, before, loadMs, now, change, changeSearched, rssBefore, rssHeld, heapHeld, cases);
        System.out.printf("|   ... after the searches and changes (the snapshot's postings built) | %7d MB |%n", heapSearched / 1024);
        postings(tickets, terms);
        if (tableItems.size() < 0) { // keeps the model's answer reachable until measured
            System.out.println();
        }
    }

    private static List<Case> cases(TicketTerms terms, List<Ticket> tickets) {
        Comparator<Ticket> byUpdate = Comparator.comparing(Ticket::updatedAt).reversed();
        return List.of(
                new Case("search a ticket number", tickets.get(tickets.size() / 2).number(), TicketColumn.UPDATED, true, byUpdate),
                new Case("search a customer's surname (王)", "王", TicketColumn.UPDATED, true, byUpdate),
                new Case("search a word (refund)", "refund", TicketColumn.UPDATED, true, byUpdate),
                new Case("no search, sort by priority", "", TicketColumn.PRIORITY, true,
                        Comparator.comparing(Ticket::priority, Comparator.nullsFirst(Comparator.<TicketPriority>naturalOrder())).reversed()),
                new Case("no search, sort by assignee name", "", TicketColumn.ASSIGNEE, false,
                        Comparator.comparing(ticket -> terms.agent(ticket.assigneeId()))),
                new Case("no search, sort by subject", "", TicketColumn.SUBJECT, false, Comparator.comparing(Ticket::subject)),
                new Case("search an agent's name, sort by number", "agent 07", TicketColumn.NUMBER, false,
                        Comparator.comparing(Ticket::number)));
    }

    /** A search typed and a column clicked as the page did them before ADR 0044: all on the thread that owns the lists. */
    private static Latency timeTheOldLists(FilteredList<Ticket> shown, SortedList<Ticket> sorted, TicketTerms terms, Case c, int repetitions) {
        Latency latency = new Latency();
        for (int i = 0; i < repetitions + 3; i++) {
            shown.setPredicate(null);
            sorted.setComparator(Comparator.comparing(Ticket::updatedAt).reversed());
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            String needle = c.search().strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : ticket -> oldRowText(ticket, terms).contains(needle));
            sorted.setComparator(c.asTableSorts());
            long elapsed = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
            latency.results = sorted.size();
            if (i >= 3) {
                latency.add(elapsed);
                latency.cpu.add(cpu);
            }
        }
        shown.setPredicate(null);
        return latency;
    }

    /** The row text the old predicate joined and lowered for every ticket at every keystroke. */
    private static String oldRowText(Ticket ticket, TicketTerms terms) {
        return String.join(" ", ticket.number(), ticket.subject(), Objects.toString(ticket.requester().name(), ""),
                Objects.toString(ticket.requester().email(), ""), Objects.toString(ticket.requester().phone(), ""),
                terms.agent(ticket.assigneeId()), terms.group(ticket.groupId()), String.join(" ", ticket.tags())).toLowerCase(Locale.ROOT);
    }

    /**
     * A search typed and a column clicked on the wired page: the FX thread's event (the model asks the
     * background), then the answer put in the table's list on the FX thread; timed until then.
     */
    private static Wired timeTheModel(TicketListModel model, ExecutorService fx, ExecutorService background, long backgroundThread,
                                      Latency fxAnswer, AtomicLong answered, Case c, int repetitions) throws Exception {
        Wired wired = new Wired(new Latency(), new Latency(), new Latency(), new Latency(), 0);
        double first = -1;
        for (int i = 0; i < repetitions + 5; i++) {
            fx.submit(() -> {
                model.searchProperty().set("");
                model.sortBy(TicketColumn.UPDATED, true);
            }).get();
            settle(fx, background);
            int answers = fxAnswer.nanos.size();
            long cpu0 = CPU.getThreadCpuTime(backgroundThread);
            long t0 = System.nanoTime();
            long event = fx.submit(() -> {
                long e0 = System.nanoTime();
                model.searchProperty().set(c.search());
                model.sortBy(c.column(), c.descending());
                return System.nanoTime() - e0;
            }).get();
            settle(fx, background);
            long total = answered.get() - t0;
            if (first < 0) {
                first = total / 1e6; // the first click on a column sorts the snapshot by it
            }
            if (i >= 5) { // the first few warm the JIT
                wired.total().add(total);
                wired.total().results = model.shown().size();
                wired.fxEvent().add(event);
                wired.fxAnswer().add(fxAnswer.nanos.get(fxAnswer.nanos.size() - 1));
                wired.backgroundCpu().add(CPU.getThreadCpuTime(backgroundThread) - cpu0);
            }
            if (fxAnswer.nanos.size() != answers + 1) {
                throw new IllegalStateException("expected one answer in the table per request, saw " + (fxAnswer.nanos.size() - answers));
            }
        }
        return new Wired(wired.total(), wired.fxEvent(), wired.fxAnswer(), wired.backgroundCpu(), first);
    }

    /**
     * One ticket changed by the change log while {@code search} is typed: applied on the FX thread, then shown once the background made a
     * new snapshot and asked it (a search: the new snapshot builds its character-pair postings first).
     */
    private static Wired timeAChange(TicketListModel model, ExecutorService fx, ExecutorService background, long backgroundThread,
                                     Latency fxAnswer, AtomicLong answered, List<Ticket> tickets, String search, int times) throws Exception {
        Wired wired = new Wired(new Latency(), new Latency(), new Latency(), new Latency(), 0);
        Random random = new Random(7);
        List<Ticket> shown = tickets.stream() // a change to a ticket the search shows: the answer changes, the table is told
                .filter(ticket -> (ticket.subject() + " " + String.join(" ", ticket.tags())).toLowerCase(Locale.ROOT).contains(search)).toList();
        fx.submit(() -> {
            model.searchProperty().set(search);
            model.sortBy(TicketColumn.UPDATED, true);
        }).get();
        settle(fx, background);
        for (int i = 0; i < times; i++) {
            Ticket was = shown.get(random.nextInt(shown.size()));
            Ticket after = new Ticket(was.id(), was.number(), was.subject(), was.description(), was.requester(),
                    was.categoryId(), was.priority(), was.status(), was.assigneeId(), was.groupId(), was.channel(),
                    was.tags(), was.conversationId(), was.parentId(), was.relatedIds(), was.customFields(),
                    was.version() + 1 + i, was.createdBy(), was.createdAt(), TicketListBenchmarkData.NOW.plusSeconds(i), was.sla());
            long cpu0 = CPU.getThreadCpuTime(backgroundThread);
            long t0 = System.nanoTime();
            long event = fx.submit(() -> {
                long e0 = System.nanoTime();
                model.apply(List.of(new TicketEvent.Changed(after)));
                return System.nanoTime() - e0;
            }).get();
            settle(fx, background);
            wired.total().add(answered.get() - t0);
            wired.fxEvent().add(event);
            wired.fxAnswer().add(fxAnswer.nanos.get(fxAnswer.nanos.size() - 1));
            wired.backgroundCpu().add(CPU.getThreadCpuTime(backgroundThread) - cpu0);
        }
        return wired;
    }

    /** Waits until the background thread and then the FX thread have done everything asked of them so far. */
    private static void settle(ExecutorService fx, ExecutorService background) throws Exception {
        for (int i = 0; i < 3; i++) { // a snapshot built, then its query, then the answer on the FX thread
            background.submit(() -> { }).get(1, TimeUnit.MINUTES);
            fx.submit(() -> { }).get(1, TimeUnit.MINUTES);
        }
    }

    private static void report(int count, int repetitions, double oldLoadMs, Map<String, Latency> before, double loadMs, Map<String, Wired> now,
                               Wired change, Wired changeSearched, long rssBefore, long rssHeld, long heapHeld, List<Case> cases) {
        System.out.println();
        System.out.printf("Ticket list: %,d open tickets (one queue, all open), %d timed repetitions per case after warm-up;%n", count, repetitions);
        System.out.printf("JVM max heap %d MB, %d cores, load average %s; no JavaFX toolkit (lists only, no table cells)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println();
        System.out.println("Before ADR 0044: a FilteredList + the table's SortedList, on the FX thread (a keystroke or a column click)");
        System.out.println();
        System.out.printf("| loading the lists (setAll + first sort by update), FX thread | %8.0f ms |%n", oldLoadMs);
        System.out.println();
        System.out.println("| case                                        | results |   p50 ms |   p99 ms |   max ms | CPU p50 ms |");
        System.out.println("|---------------------------------------------|---------|----------|----------|----------|------------|");
        for (Case c : cases) {
            Latency latency = before.get(c.name());
            System.out.printf("| %-43s | %7d | %8.1f | %8.1f | %8.1f | %10.1f |%n", c.name(), latency.results, latency.p(50),
                    latency.p(99), latency.max(), latency.cpu.p(50));
        }
        System.out.println();
        System.out.println("Now: TicketListModel as the Tickets page wires it; the index searched and sorted on its background thread,");
        System.out.println("the FX thread only handing the request over and putting the answer in the table's list (setAll)");
        System.out.println();
        System.out.printf("| reading the queue until the table lists it (index built, sorted by update) | %8.0f ms |%n", loadMs);
        System.out.println();
        System.out.println("| case                                        | results | until shown p50 | p99 | first | background CPU p50 | p99 "
                + "| FX event p50 | FX setAll p50 | FX setAll p99 |");
        System.out.println("|---------------------------------------------|---------|-----------------|-----|-------|--------------------|-----"
                + "|--------------|---------------|---------------|");
        for (Case c : cases) {
            row(c.name(), now.get(c.name()));
        }
        row("one ticket changed (change log event)", change);
        row("one ticket changed, \"refund\" searched", changeSearched);
        System.out.println();
        System.out.printf("| resident memory (VmRSS) at start                                 | %7d MB |%n", rssBefore / 1024);
        System.out.printf("| resident memory with the model holding the %,d tickets and index | %7d MB |%n", count, rssHeld / 1024);
        System.out.printf("|   of which Java heap in use after a full GC (no search yet)       | %7d MB |%n", heapHeld / 1024);
    }

    /**
     * The character-pair postings on their own (ADR 0044, amendment): a snapshot of the tickets, its first search (which builds them)
     * against later ones, their size as counted and the heap they add after a full GC.
     */
    private static void postings(List<Ticket> tickets, TicketTerms terms) {
        Latency build = new Latency();
        long bytes = 0;
        long heapDelta = 0;
        for (int i = 0; i < 5; i++) {
            TicketListIndex index = TicketListIndex.of(tickets, terms);
            index.query("", TicketListIndex.Order.UPDATED, true);
            long heapWithout = usedHeapKb();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            index.query("王", TicketListIndex.Order.UPDATED, true);
            build.add(System.nanoTime() - t0);
            build.cpu.add(CPU.getCurrentThreadCpuTime() - cpu0);
            heapDelta = usedHeapKb() - heapWithout;
            bytes = index.searchPostingsBytes();
        }
        System.out.println();
        System.out.printf("| character-pair postings of %,d rows: first search (builds them), wall p50 | %7.0f ms |%n", tickets.size(),
                build.p(50));
        System.out.printf("|   CPU p50                                                                | %7.0f ms |%n", build.cpu.p(50));
        System.out.printf("|   their size as counted (arrays and table)                               | %7.1f MB |%n", bytes / (1024.0 * 1024));
        System.out.printf("|   heap in use after a full GC, with them less without                    | %7.1f MB |%n", heapDelta / 1024.0);
    }

    private static void row(String name, Wired wired) {
        System.out.printf("| %-43s | %7s | %15.1f | %.1f | %s | %18.1f | %.1f | %12.2f | %13.2f | %13.2f |%n", name,
                wired.total().results < 0 ? "" : String.valueOf(wired.total().results), wired.total().p(50), wired.total().p(99),
                wired.firstMs() > 0 ? String.format("%.0f", wired.firstMs()) : "-", wired.backgroundCpu().p(50) , wired.backgroundCpu().p(99),
                wired.fxEvent().p(50), wired.fxAnswer().p(50), wired.fxAnswer().p(99));
    }

    // ---- measuring ----

    private static final class Latency {
        private final List<Long> nanos = new ArrayList<>();
        /** The same in the measuring thread's CPU time: without the waits for a core of a busy machine. */
        private final Latency cpu;
        private int results = -1;

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

    /** After a full GC: what is reachable. */
    private static long usedHeapKb() {
        System.gc();
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
}
