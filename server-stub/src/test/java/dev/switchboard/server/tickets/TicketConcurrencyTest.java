package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketConflict;
import dev.switchboard.shared.tickets.TicketPriority;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two people changing one ticket (changes from an old version merge unless they touch a field
 * changed since: then 409 with the current ticket), and many tickets created at once (each its own number).
 */
class TicketConcurrencyTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");

    @Test
    void aChangeFromAnOldVersionToAFieldChangedSinceIsRefusedWithTheCurrentTicket() {
        Ticket ticket = tickets.create(alice, "Two editors", PRESALES, "two@example.com");
        Ticket carols = tickets.patch(carol, ticket.id(), body("version", 1, "priority", "URGENT", "status", "open")).as(Ticket.class);

        ApiResponse stale = tickets.patch(alice, ticket.id(), body("version", 1, "priority", "LOW", "subject", "Mine"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        TicketConflict conflict = stale.as(TicketConflict.class);
        assertThat(conflict.conflicts()).containsExactly("priority");
        assertThat(conflict.current()).isEqualTo(carols);
        assertThat(tickets.get(alice, ticket.id())).as("nothing of the refused change was written").isEqualTo(carols);

        ApiResponse reapplied = tickets.patch(alice, ticket.id(), body("version", conflict.current().version(), "priority", "LOW", "subject", "Mine"));
        assertThat(reapplied.status()).isEqualTo(200);
        assertThat(reapplied.as(Ticket.class).priority()).isEqualTo(TicketPriority.LOW);
    }

    @Test
    void aChangeFromAnOldVersionToOtherFieldsMerges() {
        Ticket ticket = tickets.create(alice, "Merge me", PRESALES, "merge@example.com");
        tickets.patch(carol, ticket.id(), body("version", 1, "priority", "URGENT"));
        tickets.patch(carol, ticket.id(), body("version", 2, "tags", List.of("vip")));

        ApiResponse merged = tickets.patch(alice, ticket.id(), body("version", 1, "status", "open", "subject", "Merged",
                "priority", "URGENT"));
        assertThat(merged.status()).as("the same value set on both sides is no collision").isEqualTo(200);
        Ticket now = merged.as(Ticket.class);
        assertThat(now.version()).isEqualTo(4);
        assertThat(now.status()).isEqualTo("open");
        assertThat(now.subject()).isEqualTo("Merged");
        assertThat(now.priority()).as("carol's change kept").isEqualTo(TicketPriority.URGENT);
        assertThat(now.tags()).containsExactly("vip");

        ApiResponse future = tickets.patch(alice, ticket.id(), body("version", 9, "subject", "From the future"));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.as(TicketConflict.class).current()).isEqualTo(now);
    }

    @Test
    void ticketsCreatedAtOnceGetConsecutiveUniqueNumbers() throws Exception {
        int count = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Ticket>> made = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String email = "parallel" + i + "@example.com";
                String token = i % 2 == 0 ? alice : carol;
                made.add(pool.submit(() -> {
                    start.await();
                    return tickets.create(token, "Parallel", PRESALES, email);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<Ticket> ticket : made) {
                numbers.add(ticket.get(60, TimeUnit.SECONDS).number());
            }
            String prefix = numbers.get(0).substring(0, "T-yyyyMMdd-".length());
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                expected.add(prefix + String.format("%04d", n));
            }
            assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
