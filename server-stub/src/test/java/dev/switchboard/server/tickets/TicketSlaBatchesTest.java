package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.SlaSetup.clock;
import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sla.SlaAlertKind;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SLA scheduler's batches and slices (ADR 0040) on a moved clock: a ticket changed between a
 * batch's reads and its store keeps its newer SLA; a re-evaluation after a policy change goes on over
 * several slices and ends as one run would; a breach that comes during it is announced once, on time.
 * The test drives every slice itself (the timer's runs are stopped) with batches of two tickets.
 */
class TicketSlaBatchesTest {

    private static final int TICKETS = 7;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final SlaSetup sla = new SlaSetup(backend);

    @Test
    void aTicketChangedBetweenTheBatchsReadAndItsStoreKeepsItsNewerSla() {
        long policy = sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "solutionMinutes", 480, "warningPercent", 80);
        List<Ticket> made = make();
        Ticket changed = made.get(1);
        String bob = backend.token("bob");
        List<Boolean> replied = new ArrayList<>();
        scheduler().tune(2, Duration.ZERO, ids -> {
            if (ids.contains(changed.id()) && replied.isEmpty()) {
                replied.add(true);
                // an agent answers after the batch read the ticket and before it stores what it evaluated
                assertThat(api.post("/api/v1/tickets/" + changed.id() + "/comments", bob, body("kind", "PUBLIC_REPLY", "body", "On it"))
                        .status()).isEqualTo(201);
            }
        });
        backend.clock().advance(Duration.ofMinutes(10));
        long cursor = ChangesSeen.cursor(api, bob);
        sla.replacePolicy(policy, "Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "solutionMinutes", 480, "warningPercent", 50, "version", 1);

        scheduler().runNow();

        assertThat(replied).as("the change came between read and store").hasSize(1);
        Ticket after = tickets.get(bob, changed.id());
        assertThat(clock(after, SlaTarget.FIRST_RESPONSE).state()).as("not overwritten with the SLA read before the reply")
                .isEqualTo(SlaState.MET);
        assertThat(clock(after, SlaTarget.SOLUTION).warningAt()).as("evaluated with the new threshold")
                .isEqualTo(changed.createdAt().plus(Duration.ofMinutes(240)));
        assertThat(ChangesSeen.since(api, bob, cursor, Ticket.ENTITY)).filteredOn(change -> change.entityId().equals(Long.toString(changed.id())))
                .as("clients are told the reply's SLA, never the stale one").isNotEmpty()
                .allSatisfy(change -> assertThat(firstResponse(change).state()).isEqualTo(SlaState.MET));
        for (Ticket other : made) {
            if (other.id() != changed.id()) {
                assertThat(clock(tickets.get(bob, other.id()), SlaTarget.FIRST_RESPONSE).warningAt()).as("ticket %s", other.number())
                        .isEqualTo(other.createdAt().plus(Duration.ofMinutes(30)));
            }
        }
    }

    @Test
    void aReEvaluationGoesOnOverSlicesAndEndsAsOneRunWould() {
        long policy = sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "warningPercent", 80);
        List<Ticket> made = make();
        scheduler().tune(2, Duration.ZERO, ids -> { });
        backend.clock().advance(Duration.ofMinutes(10));
        String bob = backend.token("bob");
        long cursor = ChangesSeen.cursor(api, bob);
        sla.replacePolicy(policy, "Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "warningPercent", 50, "version", 1);
        Instant now = backend.clock().instant();

        int slices = 0;
        int evaluated = 0;
        TicketSlaScheduler.Slice slice;
        do {
            slice = scheduler().runSlice();
            slices++;
            evaluated += slice.evaluated();
        } while (!slice.finished());

        assertThat(slices).as("batches of two, one a slice").isEqualTo(TICKETS / 2 + 1);
        assertThat(evaluated).as("each ticket evaluated once").isEqualTo(TICKETS);
        for (Ticket ticket : made) {
            Ticket after = tickets.get(bob, ticket.id());
            assertThat(after.sla().evaluatedAt()).isEqualTo(now);
            assertThat(clock(after, SlaTarget.FIRST_RESPONSE).warningAt()).isEqualTo(ticket.createdAt().plus(Duration.ofMinutes(30)));
            assertThat(ChangesSeen.since(api, bob, cursor, Ticket.ENTITY)).as("told once: %s", ticket.number())
                    .filteredOn(change -> change.entityId().equals(Long.toString(ticket.id()))).hasSize(1);
        }
        assertThat(scheduler().runSlice()).as("nothing left for the next run").isEqualTo(new TicketSlaScheduler.Slice(0, 0, true));
    }

    @Test
    void aBreachThatComesDuringAReEvaluationIsAnnouncedOnceAndOnTime() {
        long policy = sla.policy("Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "warningPercent", 80);
        List<Ticket> made = make();
        scheduler().tune(2, Duration.ZERO, ids -> { });
        backend.clock().advance(Duration.ofMinutes(10));
        String bob = backend.token("bob");
        long cursor = ChangesSeen.cursor(api, bob);
        sla.replacePolicy(policy, "Fast", "calendar", "ALWAYS", "firstResponseMinutes", 60, "warningPercent", 90, "version", 1);
        assertThat(scheduler().runSlice().finished()).as("the re-evaluation has only begun").isFalse();

        sla.moveTo(made.get(0).createdAt().plus(Duration.ofMinutes(60)));
        TicketSlaScheduler.Slice next = scheduler().runSlice();
        assertThat(next.finished()).isFalse();
        assertThat(next.announced()).as("the first batch of tickets whose events came: a warning and a breach each").isEqualTo(4);
        int announced = next.announced();
        TicketSlaScheduler.Slice slice;
        do {
            slice = scheduler().runSlice();
            announced += slice.announced();
        } while (!slice.finished());
        announced += scheduler().runNow();

        assertThat(announced).isEqualTo(2 * TICKETS);
        for (Ticket ticket : made) {
            assertThat(sla.history(ticket.id(), bob)).as("ticket %s", ticket.number()).filteredOn(entry -> entry.field().equals("sla"))
                    .extracting(TicketHistoryEntry::toValue).containsExactly("FIRST_RESPONSE WARNING", "FIRST_RESPONSE BREACH");
        }
        assertThat(ChangesSeen.since(api, bob, cursor, SlaAlert.ENTITY)).map(change -> Json.mapper().convertValue(change.data(), SlaAlert.class))
                .filteredOn(alert -> alert.kind() == SlaAlertKind.BREACH).extracting(SlaAlert::ticketId)
                .containsExactlyInAnyOrderElementsOf(made.stream().map(Ticket::id).toList());
    }

    /** Tickets made at the same instant, assigned to bob. */
    private List<Ticket> make() {
        String bob = backend.token("bob");
        long bobId = api.get("/api/v1/auth/me", bob).json().path("id").asLong();
        List<Ticket> made = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            made.add(tickets.create(bob, body("subject", "Ticket " + i, "groupId", AFTERSALES, "assigneeId", bobId,
                    "requester", Map.of("email", "batch" + i + "@example.com"))));
        }
        return made;
    }

    private static TicketSlaScheduler scheduler() {
        return backend.server().slaScheduler();
    }

    private static SlaTargetClock firstResponse(Change change) {
        Ticket ticket = Json.mapper().convertValue(change.data(), Ticket.class);
        return clock(ticket, SlaTarget.FIRST_RESPONSE);
    }
}
