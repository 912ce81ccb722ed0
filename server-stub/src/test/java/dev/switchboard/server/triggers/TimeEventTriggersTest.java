package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Rules.AFTERSALES;
import static dev.switchboard.server.triggers.Rules.body;
import static dev.switchboard.server.triggers.Rules.condition;
import static dev.switchboard.server.triggers.Rules.set;
import static dev.switchboard.server.triggers.Rules.tags;
import static dev.switchboard.server.triggers.Rules.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.triggers.TicketNotification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triggers on time events over HTTP with the test's clock: an SLA warning or breach announced by the
 * SLA scheduler, a pending reminder reached by its sweep. Each runs its triggers once, however often
 * and on however many nodes the scheduler and the sweep run.
 */
class TimeEventTriggersTest {

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

    @Test
    void aBreachTriggerRaisesThePriorityAndNotifiesTheAssigneeOnceHoweverOftenTheSchedulerRuns() {
        slaPolicy();
        rules.trigger(body("name", "Breach: urgent", "events", List.of("SLA_BREACH"), "conditions", List.of(),
                "actions", List.of(set("priority", "URGENT"), text("NOTIFY", "{{number}} breached its SLA"))));
        rules.trigger(body("name", "Warning: tag", "events", List.of("SLA_WARNING"), "conditions", List.of(),
                "actions", List.of(tags("ADD_TAGS", "at-risk"))));
        rules.trigger(body("name", "Any update", "events", List.of("UPDATED"), "conditions", List.of(),
                "actions", List.of(tags("ADD_TAGS", "updated"))));
        String bob = backend.token("bob");
        long bobId = backend.api().get("/api/v1/auth/me", bob).json().path("id").asLong();
        Ticket ticket = ticketFor(bobId);
        long cursor = ChangesSeen.cursor(backend.api(), bob);

        backend.clock().advance(Duration.ofMinutes(48).minusSeconds(1));
        backend.server().runSlaSchedulerNow();
        rules.signInAgain();
        assertThat(rules.get(ticket.id()).tags()).as("before the warning").isEmpty();
        backend.clock().advance(Duration.ofSeconds(1));
        backend.server().runSlaSchedulerNow();
        backend.server().runSlaSchedulerNow();
        assertThat(rules.get(ticket.id()).tags()).as("the warning's trigger, not the update's").containsExactly("at-risk");
        assertThat(rules.get(ticket.id()).priority()).isEqualTo(TicketPriority.NORMAL);

        backend.clock().advance(Duration.ofMinutes(12));
        for (int run = 0; run < 3; run++) {
            backend.server().runSlaSchedulerNow();
        }
        rules.signInAgain();
        Ticket breached = rules.get(ticket.id());
        assertThat(breached.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(breached.tags()).as("a rule's change runs no update trigger at depth 0").containsExactly("at-risk");
        assertThat(rules.history(ticket.id())).containsExactly("created by a person", "sla by SLA: Fast", "tags by Warning: tag",
                "sla by SLA: Fast", "priority by Breach: urgent");
        List<String> told = ChangesSeen.since(backend.api(), backend.token("bob"), cursor, TicketNotification.ENTITY).stream()
                .map(change -> change.data().path("text").asText() + " / " + change.data().path("rule").asText()).toList();
        assertThat(told).as("one notification, for the one breach").containsExactly(ticket.number() + " breached its SLA / Breach: urgent");
    }

    @Test
    void twoNodesRunningTheSchedulerAtOnceRunABreachTriggerOncePerTicket(@TempDir Path dataOfB) throws Exception {
        slaPolicy();
        rules.trigger(body("name", "Breach note", "events", List.of("SLA_BREACH"), "conditions", List.of(),
                "actions", List.of(set("priority", "HIGH"), text("NOTE", "{{number}} breached"))));
        List<Ticket> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(ticketFor(null));
        }
        nodeB = SecondNode.start(backend, dataOfB);
        Instant breach = made.get(made.size() - 1).createdAt().plus(Duration.ofMinutes(60));
        backend.clock().advance(Duration.between(backend.clock().instant(), breach));
        nodeB.clock().advance(Duration.between(nodeB.clock().instant(), breach));

        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2; round++) {
                for (Future<Integer> run : both.invokeAll(List.<Callable<Integer>>of(() -> backend.server().runSlaSchedulerNow(),
                        () -> nodeB.server().runSlaSchedulerNow()))) {
                    run.get();
                }
            }
        } finally {
            both.shutdownNow();
        }
        rules.signInAgain();
        for (Ticket ticket : made) {
            assertThat(rules.comments(ticket.id())).as("one note for " + ticket.number()).hasSize(1);
            assertThat(rules.history(ticket.id())).as("one breach, one run of its trigger").filteredOn(row -> row.startsWith("priority"))
                    .containsExactly("priority by Breach note");
            assertThat(rules.get(ticket.id()).priority()).isEqualTo(TicketPriority.HIGH);
        }
    }

    @Test
    void aReachedPendingReminderReopensTheTicketOnceAndANewReminderRunsAgain(@TempDir Path dataOfB) throws Exception {
        rules.trigger(body("name", "Reopen at reminder", "events", List.of("PENDING_REMINDER"),
                "conditions", List.of(condition("status", "IS", "pending")),
                "actions", List.of(set("status", "open"), text("NOTE", "{{number}}: the customer's time is up"))));
        Ticket ticket = rules.ticket("Waiting for photos", "NORMAL");
        Instant until = backend.clock().instant().plus(Duration.ofHours(2));
        Ticket pending = rules.patch(ticket.id(), "status", "pending", "pendingUntil", until.toString());
        assertThat(pending.pendingUntil()).isEqualTo(until);
        nodeB = SecondNode.start(backend, dataOfB);

        moveBoth(Duration.ofHours(2).minusSeconds(1));
        assertThat(sweepOnBoth()).as("a second early").isZero();
        rules.signInAgain();
        assertThat(rules.get(ticket.id()).status()).isEqualTo("pending");

        moveBoth(Duration.ofSeconds(1));
        assertThat(sweepOnBoth()).as("reached by one of the nodes").isEqualTo(1);
        assertThat(sweepOnBoth()).as("and never again").isZero();
        Ticket reopened = rules.get(ticket.id());
        assertThat(reopened.status()).isEqualTo("open");
        assertThat(reopened.pendingUntil()).as("leaving the waiting statuses clears the reminder").isNull();
        assertThat(rules.history(ticket.id())).endsWith("status by Reopen at reminder", "pendingUntil by Reopen at reminder");
        assertThat(rules.comments(ticket.id())).hasSize(1);

        Instant later = backend.clock().instant().plus(Duration.ofDays(1));
        rules.patch(ticket.id(), "status", "pending", "pendingUntil", later.toString());
        moveBoth(Duration.ofDays(1));
        assertThat(sweepOnBoth()).as("a new reminder is reached again").isEqualTo(1);
        rules.signInAgain();
        assertThat(rules.get(ticket.id()).status()).isEqualTo("open");
        assertThat(rules.comments(ticket.id())).hasSize(2);
    }

    @Test
    void badTimeEventsAndRemindersAreRefusedWithProblems() {
        String admin = backend.token("admin");
        ApiResponse unknown = backend.api().post(Rules.TRIGGERS, admin, body("name", "Overdue", "events", List.of("SLA_OVERDUE"),
                "conditions", List.of(), "actions", List.of(set("priority", "HIGH"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("events[0]");

        ApiResponse twice = backend.api().post(Rules.TRIGGERS, admin, body("name", "Twice", "events", List.of("SLA_BREACH", "SLA_BREACH"),
                "conditions", List.of(), "actions", List.of(set("priority", "HIGH"))));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("errors").findValuesAsText("field")).containsExactly("events");

        ApiResponse nothingChanges = backend.api().post(Rules.TRIGGERS, admin, body("name", "Changed at breach", "events", List.of("SLA_BREACH"),
                "conditions", List.of(condition("priority", "CHANGED"), condition("comment", "IS", "AGENT")),
                "actions", List.of(set("priority", "HIGH"))));
        assertThat(nothingChanges.status()).isEqualTo(400);
        assertThat(nothingChanges.json().path("errors").findValuesAsText("field")).containsExactly("conditions[0].operator",
                "conditions[1].operator");
        assertThat(backend.api().get(Rules.TRIGGERS, admin).json()).as("nothing stored").isEmpty();
        rules.trigger(body("name", "Changed at breach or update", "events", List.of("SLA_BREACH", "UPDATED"),
                "conditions", List.of(condition("priority", "CHANGED")), "actions", List.of(text("NOTE", "changed"))));

        Ticket ticket = rules.ticket("Open one", "NORMAL");
        ApiResponse notWaiting = backend.api().patch("/api/v1/tickets/" + ticket.id(), admin, body("version", ticket.version(),
                "status", "open", "pendingUntil", "2026-12-24T09:00:00Z"));
        assertThat(notWaiting.status()).isEqualTo(400);
        assertThat(notWaiting.json().path("errors").findValuesAsText("field")).containsExactly("pendingUntil");
        ApiResponse notATime = backend.api().patch("/api/v1/tickets/" + ticket.id(), admin, body("version", ticket.version(),
                "status", "pending", "pendingUntil", "tomorrow"));
        assertThat(notATime.status()).isEqualTo(400);
        assertThat(notATime.json().path("errors").findValuesAsText("field")).containsExactly("pendingUntil");
        ApiResponse past = backend.api().patch("/api/v1/tickets/" + ticket.id(), admin, body("version", ticket.version(),
                "status", "pending", "pendingUntil", backend.clock().instant().minusSeconds(60).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.isProblem()).isTrue();
        assertThat(past.json().path("errors").findValuesAsText("field")).containsExactly("pendingUntil");
        assertThat(past.json().path("errors").findValuesAsText("message")).containsExactly(TicketRules.PENDING_UNTIL_LATER);
        ApiResponse rightNow = backend.api().patch("/api/v1/tickets/" + ticket.id(), admin, body("version", ticket.version(),
                "status", "pending", "pendingUntil", backend.clock().instant().toString()));
        assertThat(rightNow.status()).as("now is not later").isEqualTo(400);
        assertThat(rules.get(ticket.id()).version()).as("nothing half-written").isEqualTo(ticket.version());
    }

    /** Aftersales answer within an hour, around the clock; warning at 80 %. */
    private void slaPolicy() {
        ApiResponse created = backend.api().post("/api/v1/sla-policies", backend.token("admin"), body("name", "Fast", "calendar", "ALWAYS",
                "firstResponseMinutes", 60, "warningPercent", 80));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private Ticket ticketFor(Long assigneeId) {
        ApiResponse response = backend.api().post("/api/v1/tickets", backend.token("admin"), body("subject", "Refund", "groupId", AFTERSALES,
                "assigneeId", assigneeId, "requester", Map.of("name", "Customer", "email", "refund@example.com")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }

    private void moveBoth(Duration by) {
        backend.clock().advance(by);
        nodeB.clock().advance(by);
    }

    /** Both nodes sweep at once; answers how many reminders they reached together. */
    private int sweepOnBoth() throws Exception {
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            int reached = 0;
            for (Future<Integer> run : both.invokeAll(List.<Callable<Integer>>of(() -> backend.server().runPendingRemindersNow(),
                    () -> nodeB.server().runPendingRemindersNow()))) {
                reached += run.get();
            }
            return reached;
        } finally {
            both.shutdownNow();
        }
    }
}
