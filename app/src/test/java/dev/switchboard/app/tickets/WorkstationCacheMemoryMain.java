package dev.switchboard.app.tickets;

import dev.switchboard.app.testing.LiveAgent;
import dev.switchboard.shared.tickets.Ticket;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a JVM of its own by {@link TicketSyncBenchmark}, so that its resident memory is a
 * workstation's and not the backend's too: signs in on the cache under {@code args[1]} (filled with
 * the tickets already), reads the whole ticket list as the Tickets page does, and prints its
 * resident memory and heap after a full GC as {@code memory rss=KB heap=KB tickets=N}.
 */
public final class WorkstationCacheMemoryMain {

    private WorkstationCacheMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        try (LiveAgent agent = LiveAgent.signIn(args[0], args[2], args[3], Path.of(args[1]))) {
            long connectedRss = settledRssKb();
            OfflineTicketWiring wiring = agent.session().require(OfflineTicketWiring.class);
            List<Ticket> listed = wiring.source().list(new TicketFilter(List.of(), null)).join();
            long rss = settledRssKb();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
            System.out.printf("memory connectedRss=%d rss=%d heap=%d maxHeap=%d tickets=%d%n", connectedRss, rss, heap,
                    Runtime.getRuntime().maxMemory() / 1024, listed.size());
            System.out.flush();
        }
        System.exit(0);
    }

    private static long settledRssKb() throws Exception {
        System.gc();
        Thread.sleep(500); // a full GC returns pages to the OS a moment later; this is a measurement, not a test
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }
}
