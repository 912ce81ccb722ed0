package dev.switchboard.app.tickets;

import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.LiveAgent;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's first fill end to end (ADR 0038, amendment "the first fill"): an empty cache signs
 * in to a backend with 5,000 tickets and their change-log entries, fills itself through the snapshot
 * while the socket follows the log from the first page's seq, and ends equal to the backend, each
 * ticket written by the fill once. A second sign-in on that cache does not fill again.
 */
class TicketFirstFillTest {

    private static final int TICKETS = 5000;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();

    @TempDir
    Path home;

    @Test
    void anEmptyCacheFillsThroughTheSnapshotAndEndsEqualToTheBackend() throws Exception {
        List<Long> ids = TicketSyncBenchmarkData.seed(backend, TICKETS);
        String url = "http://localhost:" + backend.server().port();

        try (LiveAgent agent = LiveAgent.signIn(url, "admin", TestBackend.PASSWORD, home)) {
            waitUntil("the first fill is done", () -> Boolean.TRUE.equals(fill(agent).get("done")));
            Map<String, Object> fill = fill(agent);
            assertThat(((Number) fill.get("snapshot_seq")).longValue()).as("it went through the snapshot").isPositive();
            assertThat(((Number) fill.get("written")).longValue()).as("each ticket written by the fill once").isEqualTo(ids.size());
            waitUntil("the cache equals the backend", () -> cached(agent).equals(onTheBackend()));
        }
        try (LiveAgent again = LiveAgent.signIn(url, "admin", TestBackend.PASSWORD, home)) {
            waitUntil("connected and caught up", () -> cached(again).equals(onTheBackend()));
            assertThat(((Number) fill(again).get("written")).longValue()).as("not filled again").isEqualTo(ids.size());
        }
    }

    private static Map<String, Object> fill(LiveAgent agent) {
        return agent.cache().transaction(handle -> handle.createQuery("SELECT snapshot_seq, written, done FROM offline_ticket_fill")
                .mapToMap().findOne().orElse(Map.of())).join();
    }

    private static Map<Long, Long> cached(LiveAgent agent) {
        return agent.cache().transaction(handle -> {
            Map<Long, Long> versions = new TreeMap<>();
            handle.createQuery("SELECT id, version FROM offline_ticket").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(entry -> versions.put(entry.getKey(), entry.getValue()));
            return versions;
        }).join();
    }

    private static Map<Long, Long> onTheBackend() {
        Map<Long, Long> versions = new TreeMap<>();
        long after = 0;
        TicketSnapshotPage page;
        do {
            page = backend.api().get("/api/v1/sync/tickets/snapshot?limit=" + TicketSnapshotPage.MAX_LIMIT + "&after=" + after,
                    backend.token("admin")).as(TicketSnapshotPage.class);
            page.tickets().forEach(ticket -> versions.put(ticket.id(), ticket.version()));
            after = page.nextAfter();
        } while (page.hasMore());
        return versions;
    }
}
