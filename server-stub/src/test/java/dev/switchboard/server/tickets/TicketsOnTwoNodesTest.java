package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.Ticket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one database (ADR 0008): each has its own change-log lock, so only the database keeps
 * ticket numbers unique and one ticket's changes in order.
 */
class TicketsOnTwoNodesTest {

    @RegisterExtension
    static final BackendExtension nodeA = BackendExtension.perTest();
    TestBackend nodeB;

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void ticketsCreatedOnBothNodesAtOnceGetConsecutiveUniqueNumbers(@TempDir Path dataOfB) throws Exception {
        nodeB = SecondNode.start(nodeA, dataOfB);
        Tickets onA = new Tickets(nodeA.api());
        Tickets onB = new Tickets(nodeB.api());
        String aliceOnA = nodeA.token("alice");
        String aliceOnB = nodeB.token("alice");
        int count = 30;
        List<Callable<Ticket>> creates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "node" + i + "@example.com";
            creates.add(i % 2 == 0 ? () -> onA.create(aliceOnA, "Node A", PRESALES, email) : () -> onB.create(aliceOnB, "Node B", PRESALES, email));
        }
        List<String> numbers = all(creates).stream().map(Ticket::number).toList();

        String prefix = numbers.get(0).substring(0, "T-yyyyMMdd-".length());
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            expected.add(prefix + String.format("%04d", n));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void ofChangesToOneFieldFromOneVersionOnBothNodesExactlyOneIsApplied(@TempDir Path dataOfB) throws Exception {
        nodeB = SecondNode.start(nodeA, dataOfB);
        Tickets onA = new Tickets(nodeA.api());
        Tickets onB = new Tickets(nodeB.api());
        String aliceOnA = nodeA.token("alice");
        String carolOnB = nodeB.token("carol");
        Ticket ticket = onA.create(aliceOnA, "Contended", PRESALES, "contended@example.com");
        List<Callable<ApiResponse>> patches = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String subject = "Subject " + i;
            patches.add(i % 2 == 0 ? () -> onA.patch(aliceOnA, ticket.id(), body("version", 1, "subject", subject))
                    : () -> onB.patch(carolOnB, ticket.id(), body("version", 1, "subject", subject)));
        }
        List<ApiResponse> answers = all(patches);

        assertThat(answers).extracting(ApiResponse::status).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        Ticket now = onA.get(aliceOnA, ticket.id());
        assertThat(now.version()).isEqualTo(2);
        assertThat(answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow().as(Ticket.class)).isEqualTo(now);
        assertThat(nodeA.api().get("/api/v1/tickets/" + ticket.id() + "/history", aliceOnA).json().findValuesAsText("field"))
                .containsExactly("created", "subject");
    }

    /** Runs the calls at once (released together) and answers their results in order. */
    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
