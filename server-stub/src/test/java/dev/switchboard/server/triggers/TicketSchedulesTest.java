package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Rules.body;
import static dev.switchboard.server.triggers.Rules.condition;
import static dev.switchboard.server.triggers.Rules.set;
import static dev.switchboard.server.triggers.Rules.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.Ticket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schedules over HTTP with the test's clock: the test moves time and runs the due schedules itself
 * (a run that returns has seen every due slot of its node handled, the timer's run included).
 */
class TicketSchedulesTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Rules rules = new Rules(backend.api(), () -> backend.token("admin"));
    TestBackend nodeB;

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    static java.util.Map<String, Object> closeSolvedAfterSevenDays(Integer maxTickets) {
        return body("name", "Close solved after 7 days", "everyMinutes", 60, "maxTickets", maxTickets,
                "conditions", List.of(condition("status", "IS", "solved"), condition("minutesInStatus", "AT_LEAST", "10080")),
                "actions", List.of(set("status", "closed")));
    }

    @Test
    void aScheduleClosesTicketsSolvedForSevenDaysAndNoneBefore() {
        rules.schedule(closeSolvedAfterSevenDays(null));
        Ticket solved = rules.ticket("Solved", "NORMAL");
        rules.patch(solved.id(), "status", "solved");
        Ticket open = rules.ticket("Still open", "NORMAL");
        rules.patch(open.id(), "status", "open");

        backend.clock().advance(Duration.ofDays(7).minusMinutes(61));
        assertThat(backend.server().runTicketSchedulesNow()).as("solved 6 days 22:59 ago").isZero();
        rules.signInAgain();
        assertThat(rules.get(solved.id()).status()).isEqualTo("solved");

        backend.clock().advance(Duration.ofMinutes(61));
        assertThat(backend.server().runTicketSchedulesNow()).isEqualTo(1);
        assertThat(rules.get(solved.id()).status()).isEqualTo("closed");
        assertThat(rules.history(solved.id())).endsWith("status by Close solved after 7 days");
        assertThat(rules.get(open.id()).status()).isEqualTo("open");
    }

    @Test
    void aRunActsOnAtMostItsCapAndTheRestWaitForTheNextSlot() {
        rules.schedule(closeSolvedAfterSevenDays(2));
        List<Long> ids = List.of(1, 2, 3).stream().map(i -> {
            Ticket ticket = rules.ticket("Solved " + i, "NORMAL");
            rules.patch(ticket.id(), "status", "solved");
            return ticket.id();
        }).toList();
        backend.clock().advance(Duration.ofDays(8));
        rules.signInAgain();

        assertThat(backend.server().runTicketSchedulesNow()).isEqualTo(2);
        assertThat(ids.stream().map(id -> rules.get(id).status()).toList()).containsExactly("closed", "closed", "solved");
        assertThat(backend.server().runTicketSchedulesNow()).as("the slot ran already").isZero();

        backend.clock().advance(Duration.ofMinutes(60));
        assertThat(backend.server().runTicketSchedulesNow()).isEqualTo(1);
        assertThat(rules.get(ids.get(2)).status()).isEqualTo("closed");
    }

    @Test
    void twoBackendsOnOneDatabaseRunASlotOnce(@TempDir Path dataOfB) {
        nodeB = SecondNode.start(backend, dataOfB);
        rules.schedule(body("name", "Remind", "everyMinutes", 60,
                "conditions", List.of(condition("status", "IS", "pending")), "actions", List.of(text("NOTE", "Please remind {{requester}}"))));
        Ticket pending = rules.ticket("Waiting for the customer", "NORMAL");
        rules.patch(pending.id(), "status", "pending");

        for (int slot = 1; slot <= 3; slot++) {
            backend.clock().advance(Duration.ofMinutes(60));
            nodeB.clock().advance(Duration.ofMinutes(60));
            var onA = CompletableFuture.supplyAsync(() -> backend.server().runTicketSchedulesNow());
            var onB = CompletableFuture.supplyAsync(() -> nodeB.server().runTicketSchedulesNow());
            assertThat(onA.join() + onB.join()).as("slot " + slot + " ran on one of them").isLessThanOrEqualTo(1);
            assertThat(rules.comments(pending.id())).as("one note per slot, whichever node ran it").hasSize(slot);
        }
        assertThat(rules.comments(pending.id()).get(0).path("body").asText()).isEqualTo("Please remind Customer");
    }
}
