package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.SlaSetup.clock;
import static dev.switchboard.server.tickets.SlaSetup.shanghai;
import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tickets carry their SLA (ADR 0029) over the ticket API: due times in the policy's business hours,
 * met by an agent's public reply, stopped by a pausing status, recomputed when the policy changes,
 * and the list filtered and sorted by it.
 */
class TicketSlaTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final SlaSetup sla = new SlaSetup(backend);

    @Test
    void aNewTicketsFirstResponseIsDueInItsGroupsHoursAndAnAgentsPublicReplyMeetsIt() {
        sla.weekdayHours(AFTERSALES);
        sla.policy("Standard", "calendar", "TICKET_GROUP", "firstResponseMinutes", 120, "solutionMinutes", 480);
        // Monday 17:00: one hour left today, one more on Tuesday morning
        sla.moveTo(shanghai("2026-11-02T17:00:00"));
        String bob = backend.token("bob");

        Ticket ticket = tickets.create(bob, "Parcel lost", AFTERSALES, "lost@example.com");
        SlaTargetClock firstResponse = clock(ticket, SlaTarget.FIRST_RESPONSE);
        assertThat(ticket.sla().policyName()).isEqualTo("Standard");
        assertThat(firstResponse.state()).isEqualTo(SlaState.RUNNING);
        assertThat(firstResponse.dueAt()).isEqualTo(shanghai("2026-11-03T10:00:00"));
        assertThat(firstResponse.warningAt()).as("80 %% of 120 minutes").isEqualTo(shanghai("2026-11-03T09:36:00"));
        assertThat(clock(ticket, SlaTarget.SOLUTION).dueAt()).isEqualTo(shanghai("2026-11-03T16:00:00"));
        assertThat(ticket.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(ticket.sla().nextDueAt()).isEqualTo(shanghai("2026-11-03T10:00:00"));
        assertThat(tickets.get(bob, ticket.id())).as("the list, the single read and the answer agree").isEqualTo(ticket);

        backend.clock().advance(Duration.ofMinutes(20));
        comment(bob, ticket.id(), "INTERNAL_NOTE", "Asked the courier");
        assertThat(clock(tickets.get(bob, ticket.id()), SlaTarget.FIRST_RESPONSE).state()).as("a note answers nobody").isEqualTo(SlaState.RUNNING);

        backend.clock().advance(Duration.ofMinutes(10));
        Instant replied = backend.clock().instant();
        comment(bob, ticket.id(), "PUBLIC_REPLY", "We are looking for it");
        Ticket answered = tickets.get(bob, ticket.id());
        assertThat(clock(answered, SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);
        assertThat(clock(answered, SlaTarget.FIRST_RESPONSE).stoppedAt()).isEqualTo(replied);
        assertThat(answered.sla().nextDueAt()).as("now the solution is what is owed").isEqualTo(shanghai("2026-11-03T16:00:00"));
        assertThat(answered.version()).as("a derived SLA is no change of a field").isEqualTo(ticket.version());
    }

    @Test
    void aPausingStatusStopsEveryClockAndResumingKeepsTheTimeCounted() {
        sla.policy("Around the clock", "calendar", "ALWAYS", "firstResponseMinutes", 60, "solutionMinutes", 120);
        String bob = backend.token("bob");
        Ticket ticket = tickets.create(bob, "Which size?", AFTERSALES, "size@example.com");
        Instant created = ticket.createdAt();

        backend.clock().advance(Duration.ofMinutes(30));
        assertThat(tickets.patch(bob, ticket.id(), body("version", 1, "status", "pending")).status()).isEqualTo(200);
        Ticket pending = tickets.get(bob, ticket.id());
        assertThat(pending.sla().state()).isEqualTo(SlaState.PAUSED);
        assertThat(pending.sla().nextDueAt()).as("nothing counts while pending").isNull();
        assertThat(clock(pending, SlaTarget.SOLUTION).state()).isEqualTo(SlaState.PAUSED);

        backend.clock().advance(Duration.ofHours(5));
        bob = backend.token("bob");
        assertThat(sla.announcedAfterRun(ticket.id(), bob)).as("a paused clock reaches no threshold").isEmpty();
        assertThat(tickets.patch(bob, ticket.id(), body("version", 2, "status", "open")).status()).isEqualTo(200);

        Ticket resumed = tickets.get(bob, ticket.id());
        Instant now = backend.clock().instant();
        assertThat(clock(resumed, SlaTarget.FIRST_RESPONSE).dueAt()).as("30 of 60 minutes were left").isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(clock(resumed, SlaTarget.SOLUTION).dueAt()).isEqualTo(now.plus(Duration.ofMinutes(90)));
        assertThat(clock(resumed, SlaTarget.SOLUTION).pausedMinutes()).isEqualTo(300);
        assertThat(resumed.sla().state()).isEqualTo(SlaState.RUNNING);
        assertThat(created.plus(Duration.ofMinutes(60))).as("not the due time of a clock that never stopped")
                .isNotEqualTo(clock(resumed, SlaTarget.FIRST_RESPONSE).dueAt());
    }

    @Test
    void aPolicyChangeRecomputesTheStoredDueTimesAtTheSchedulersNextRun() {
        long policy = sla.policy("Normal and above", "priorities", List.of("NORMAL", "HIGH", "URGENT"), "calendar", "ALWAYS",
                "firstResponseMinutes", 60);
        String alice = backend.token("alice");
        Ticket first = tickets.create(alice, "First", Tickets.PRESALES, "first@example.com");
        backend.clock().advance(Duration.ofMinutes(10));
        Ticket second = tickets.create(alice, "Second", Tickets.PRESALES, "second@example.com");
        Ticket low = tickets.create(alice, body("subject", "No policy", "groupId", Tickets.PRESALES, "priority", "LOW",
                "requester", Map.of("email", "low@example.com")));
        assertThat(low.sla().policyId()).isNull();
        assertThat(low.sla().state()).isNull();
        assertThat(ids(tickets.list(alice, "sort=slaDue"))).containsExactly(first.id(), second.id(), low.id());
        assertThat(ids(tickets.list(alice, "sort=-slaDue"))).as("tickets without a due time last either way")
                .containsExactly(second.id(), first.id(), low.id());

        sla.replacePolicy(policy, "Normal and above", "priorities", List.of("NORMAL", "HIGH", "URGENT"), "calendar", "ALWAYS",
                "firstResponseMinutes", 30, "version", 1);
        assertThat(clock(tickets.get(alice, first.id()), SlaTarget.FIRST_RESPONSE).dueAt()).as("stored until the scheduler looks")
                .isEqualTo(first.createdAt().plus(Duration.ofMinutes(60)));
        assertThat(sla.announcedAfterRun(first.id(), alice)).as("recomputing announces nothing before its time").isEmpty();

        Ticket recomputed = tickets.get(alice, first.id());
        assertThat(clock(recomputed, SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(first.createdAt().plus(Duration.ofMinutes(30)));
        assertThat(recomputed.sla().nextDueAt()).isEqualTo(first.createdAt().plus(Duration.ofMinutes(30)));
        assertThat(clock(tickets.get(alice, second.id()), SlaTarget.FIRST_RESPONSE).dueAt())
                .isEqualTo(second.createdAt().plus(Duration.ofMinutes(30)));
    }

    @Test
    void theListFindsTheTicketsAtRiskAndRefusesAnUnknownState() {
        sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60);
        String alice = backend.token("alice");
        Ticket late = tickets.create(alice, "Late", Tickets.PRESALES, "late@example.com");
        backend.clock().advance(Duration.ofMinutes(50));
        Ticket fresh = tickets.create(alice, "Fresh", Tickets.PRESALES, "fresh@example.com");
        assertThat(tickets.list(alice, "sla=at-risk").tickets()).isEmpty();

        assertThat(sla.announcedAfterRun(late.id(), alice)).containsExactly("FIRST_RESPONSE WARNING");
        assertThat(ids(tickets.list(alice, "sla=at-risk"))).containsExactly(late.id());
        assertThat(ids(tickets.list(alice, "sla=running"))).containsExactly(fresh.id());

        comment(alice, late.id(), "PUBLIC_REPLY", "On it");
        assertThat(tickets.list(alice, "sla=at-risk").tickets()).as("answered: nothing owed any more").isEmpty();

        ApiResponse bad = api.get("/api/v1/tickets?sla=soon", alice);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemSlug()).isEqualTo("validation");
    }

    private void comment(String token, long ticketId, String kind, String text) {
        ApiResponse response = api.post("/api/v1/tickets/" + ticketId + "/comments", token, body("kind", kind, "body", text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    static List<Long> ids(TicketPage page) {
        return page.tickets().stream().map(Ticket::id).toList();
    }
}
