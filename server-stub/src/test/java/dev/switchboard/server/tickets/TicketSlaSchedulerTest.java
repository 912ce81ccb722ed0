package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.SlaSetup.clock;
import static dev.switchboard.server.tickets.SlaSetup.shanghai;
import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sla.SlaAlertKind;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPriority;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLA scheduler on a moved clock: each warning and breach is announced once, at its instant and
 * not before, in the ticket's history and to the assignee and the group's supervisors; a breach
 * escalates as the policy says; two nodes announce an event once between them.
 */
class TicketSlaSchedulerTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final SlaSetup sla = new SlaSetup(backend);

    @Test
    void aWarningAndABreachAreAnnouncedOnceEachInTheHistoryAndToThoseWhoMustKnow() {
        sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "warningPercent", 80, "raisePriorityTo", "HIGH");
        String bob = backend.token("bob");
        long bobId = agentId("bob");
        long cursor = ChangesSeen.cursor(api, backend.token("admin"));
        Ticket ticket = tickets.create(bob, body("subject", "Refund", "groupId", AFTERSALES, "assigneeId", bobId,
                "requester", Map.of("email", "refund@example.com")));

        backend.clock().advance(Duration.ofMinutes(47).plusSeconds(59));
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).as("a second before 80 %%").isEmpty();
        backend.clock().advance(Duration.ofSeconds(1));
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).containsExactly("FIRST_RESPONSE WARNING");
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).as("announced once").containsExactly("FIRST_RESPONSE WARNING");
        assertThat(tickets.get(bob, ticket.id()).sla().state()).isEqualTo(SlaState.WARNING);
        assertThat(alerts(backend.token("bob"), cursor)).extracting(SlaAlert::kind).containsExactly(SlaAlertKind.WARNING);
        assertThat(alerts(backend.token("carol"), cursor)).as("a warning is for the assignee").isEmpty();

        backend.clock().advance(Duration.ofMinutes(12).minusSeconds(1));
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).containsExactly("FIRST_RESPONSE WARNING");
        backend.clock().advance(Duration.ofSeconds(1));
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).containsExactly("FIRST_RESPONSE WARNING", "FIRST_RESPONSE BREACH");
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).containsExactly("FIRST_RESPONSE WARNING", "FIRST_RESPONSE BREACH");

        Ticket breached = tickets.get(bob, ticket.id());
        assertThat(breached.sla().state()).isEqualTo(SlaState.BREACHED);
        assertThat(clock(breached, SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
        assertThat(breached.priority()).as("the policy's escalation").isEqualTo(TicketPriority.HIGH);
        assertThat(breached.version()).isEqualTo(ticket.version() + 1);
        List<TicketHistoryEntry> history = sla.history(ticket.id(), bob);
        assertThat(history).filteredOn(entry -> !entry.field().equals("created")).allSatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo("SLA: Fast");
            assertThat(entry.agentId()).isNull();
        });
        assertThat(history).filteredOn(entry -> entry.field().equals("priority")).singleElement()
                .satisfies(entry -> assertThat(entry.toValue()).isEqualTo("HIGH"));

        List<SlaAlert> toCarol = alerts(backend.token("carol"), cursor);
        assertThat(toCarol).as("a breach is for the group's supervisors too").extracting(SlaAlert::kind).containsExactly(SlaAlertKind.BREACH);
        assertThat(toCarol.get(0).at()).isEqualTo(ticket.createdAt().plus(Duration.ofMinutes(60)));
        assertThat(toCarol.get(0).ticketNumber()).isEqualTo(ticket.number());
        assertThat(alerts(bob, cursor)).extracting(SlaAlert::kind).containsExactly(SlaAlertKind.WARNING, SlaAlertKind.BREACH);
        assertThat(alerts(backend.token("alice"), cursor)).as("not in the group, not assigned").isEmpty();
    }

    @Test
    void aBreachMovesTheTicketToThePolicysGroupAndItsAssigneeLeavesWhenNotAMember() {
        sla.policy("Escalate", "calendar", "ALWAYS", "solutionMinutes", 30, "reassignGroupId", Tickets.PRESALES);
        long bobId = agentId("bob");
        Ticket ticket = tickets.create(backend.token("bob"), body("subject", "Broken screen", "groupId", AFTERSALES, "assigneeId", bobId,
                "requester", Map.of("email", "screen@example.com")));
        long cursor = ChangesSeen.cursor(api, backend.token("bob"));

        backend.clock().advance(Duration.ofMinutes(30));
        String carol = backend.token("carol");
        assertThat(sla.announcedAfterRun(ticket.id(), carol)).containsExactly("SOLUTION WARNING", "SOLUTION BREACH");
        Ticket moved = tickets.get(carol, ticket.id());
        assertThat(moved.groupId()).isEqualTo(Tickets.PRESALES);
        assertThat(moved.assigneeId()).as("bob is not in pre-sales").isNull();
        assertThat(sla.history(ticket.id(), carol)).filteredOn(entry -> entry.field().equals("groupId")).singleElement()
                .satisfies(entry -> assertThat(entry.rule()).isEqualTo("SLA: Escalate"));
        assertThat(ChangesSeen.since(api, backend.token("bob"), cursor, "ticket_out_of_sight")).as("bob drops the ticket").hasSize(1);
        assertThat(api.get("/api/v1/tickets/" + ticket.id(), backend.token("bob")).status()).isEqualTo(404);
    }

    @Test
    void aRoundTheClockPolicyCountsAcrossMidnightWithoutClosing() {
        sla.policy("24/7", "calendar", "ALWAYS", "firstResponseMinutes", 120);
        sla.moveTo(shanghai("2026-11-02T23:30:00"));
        Ticket ticket = tickets.create(backend.token("bob"), "Night owl", AFTERSALES, "night@example.com");
        assertThat(clock(ticket, SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(shanghai("2026-11-03T01:30:00"));
        assertThat(clock(ticket, SlaTarget.FIRST_RESPONSE).warningAt()).isEqualTo(shanghai("2026-11-03T01:06:00"));

        sla.moveTo(shanghai("2026-11-03T01:29:59"));
        String bob = backend.token("bob");
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).as("only the warning").containsExactly("FIRST_RESPONSE WARNING");
        sla.moveTo(shanghai("2026-11-03T01:30:00"));
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).as("the breach, exactly at 120 minutes")
                .containsExactly("FIRST_RESPONSE WARNING", "FIRST_RESPONSE BREACH");
        assertThat(tickets.get(bob, ticket.id()).sla().state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void anAnsweredTicketAnnouncesNothingMore() {
        sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60);
        String bob = backend.token("bob");
        Ticket ticket = tickets.create(bob, "Quick one", AFTERSALES, "quick@example.com");
        backend.clock().advance(Duration.ofMinutes(30));
        assertThat(api.post("/api/v1/tickets/" + ticket.id() + "/comments", bob, body("kind", "PUBLIC_REPLY", "body", "Done")).status())
                .isEqualTo(201);
        backend.clock().advance(Duration.ofHours(3));
        bob = backend.token("bob");
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).isEmpty();
        assertThat(tickets.get(bob, ticket.id()).sla().state()).isEqualTo(SlaState.MET);
    }

    @Test
    void twoNodesAnnounceEachEventOnceBetweenThem(@TempDir Path secondDir) throws Exception {
        sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60);
        String bob = backend.token("bob");
        List<Ticket> made = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            made.add(tickets.create(bob, "Ticket " + i, AFTERSALES, "t" + i + "@example.com"));
        }
        try (TestBackend second = SecondNode.start(backend, secondDir)) {
            Instant breach = made.get(0).createdAt().plus(Duration.ofMinutes(60));
            sla.moveTo(breach);
            second.clock().advance(Duration.between(second.clock().instant(), breach));
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                for (Future<Integer> run : both.invokeAll(List.<Callable<Integer>>of(
                        () -> backend.server().runSlaSchedulerNow(), () -> second.server().runSlaSchedulerNow()))) {
                    run.get();
                }
            } finally {
                both.shutdownNow();
            }
        }
        bob = backend.token("bob");
        for (Ticket ticket : made) {
            assertThat(sla.history(ticket.id(), bob)).as("a warning and a breach, each by one node").filteredOn(entry -> entry.field().equals("sla"))
                    .extracting(TicketHistoryEntry::toValue).containsExactly("FIRST_RESPONSE WARNING", "FIRST_RESPONSE BREACH");
        }
    }

    private List<SlaAlert> alerts(String token, long cursor) {
        return ChangesSeen.since(api, token, cursor, SlaAlert.ENTITY).stream().map(Change::data)
                .map(data -> Json.mapper().convertValue(data, SlaAlert.class)).toList();
    }

    private long agentId(String login) {
        return api.get("/api/v1/auth/me", backend.token(login)).json().path("id").asLong();
    }
}
