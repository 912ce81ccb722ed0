package dev.switchboard.server.ticketsync;

import static dev.switchboard.server.ticketsync.Outbox.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.APPLIED;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.CONFLICT;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.DUPLICATE;

/**
 * Pushing a workstation's ticket outbox over HTTP: entries applied in order through the live paths,
 * once each however often they come, a ticket made offline named by its local key, changes from an
 * old version merged per field.
 */
class TicketSyncPushTest {

    static final long PRESALES = 1;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");

    @Test
    void aTicketMadeOfflineIsNumberedWhenItSyncsAndLaterEntriesNameItByItsLocalKey() {
        Outbox outbox = new Outbox(api, alice);
        String key = outbox.create("Printer jams", PRESALES);
        outbox.patch(null, key, patch("version", 1, "status", "open", "priority", "HIGH"));
        outbox.comment(null, key, CommentKind.PUBLIC_REPLY, "We are on it.", "reply-1");
        outbox.comment(null, key, CommentKind.INTERNAL_NOTE, "check the tray", null);

        TicketSyncResponse answer = outbox.push();

        assertThat(answer.results()).extracting(TicketMutationResult::mutationId, TicketMutationResult::outcome)
                .containsExactly(tuple(1L, APPLIED), tuple(2L, APPLIED), tuple(3L, APPLIED), tuple(4L, APPLIED));
        assertThat(answer.lastAppliedMutationId()).isEqualTo(4);
        Ticket created = answer.results().get(0).ticket();
        assertThat(created.number()).matches("T-\\d{8}-0001");
        assertThat(answer.results()).allSatisfy(result -> {
            assertThat(result.localKey()).isEqualTo(key);
            assertThat(result.ticket().id()).isEqualTo(created.id());
        });
        Ticket changed = answer.results().get(1).ticket();
        assertThat(changed.status()).isEqualTo("open");
        assertThat(changed.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(answer.results().get(2).comment().body()).isEqualTo("We are on it.");
        assertThat(answer.results().get(2).comment().authorName()).isEqualTo("Alice 王丽");
        assertThat(answer.results().get(3).comment().kind()).isEqualTo(CommentKind.INTERNAL_NOTE);

        assertThat(api.get("/api/v1/tickets/" + created.id(), alice).as(Ticket.class)).isEqualTo(answer.results().get(3).ticket());
        assertThat(api.get("/api/v1/tickets?text=" + created.number(), alice).json().path("tickets").findValuesAsText("number"))
                .as("findable by its number").containsExactly(created.number());
        assertThat(history(created.id())).containsExactly("created by Alice 王丽", "priority by Alice 王丽", "status by Alice 王丽");

        outbox.forget(answer);
        outbox.patch(created.id(), null, patch("version", 2, "subject", "Printer jams daily"));
        TicketSyncResponse later = outbox.push();
        assertThat(later.results()).extracting(TicketMutationResult::mutationId, TicketMutationResult::outcome).containsExactly(tuple(5L, APPLIED));
        assertThat(later.results().get(0).ticket().subject()).isEqualTo("Printer jams daily");
    }

    @Test
    void aPushRepeatedAfterItsAnswerWasLostAppliesNothingTwice() {
        Outbox outbox = new Outbox(api, alice);
        String key = outbox.create("Lost answer", PRESALES);
        outbox.comment(null, key, CommentKind.PUBLIC_REPLY, "first reply", "c-1");
        outbox.patch(null, key, patch("version", 1, "status", "open"));
        outbox.comment(null, key, CommentKind.INTERNAL_NOTE, "a note without a client id", null);

        TicketSyncResponse lost = outbox.push(outbox.entries().subList(0, 2));
        TicketSyncResponse again = outbox.push();

        assertThat(again.results()).extracting(TicketMutationResult::outcome).containsExactly(DUPLICATE, DUPLICATE, APPLIED, APPLIED);
        Ticket created = lost.results().get(0).ticket();
        assertThat(again.results().get(0).ticket().id()).as("the ticket made the first time, found by the local key").isEqualTo(created.id());
        assertThat(again.results().get(0).ticket().number()).isEqualTo(created.number());
        assertThat(again.results().get(1).comment()).as("found by its client id").isEqualTo(lost.results().get(1).comment());

        TicketSyncResponse third = outbox.push();
        assertThat(third.results()).extracting(TicketMutationResult::outcome).containsOnly(DUPLICATE);
        assertThat(third.lastAppliedMutationId()).isEqualTo(4);
        assertThat(third.results().get(3).ticket()).isEqualTo(api.get("/api/v1/tickets/" + created.id(), alice).as(Ticket.class));

        assertThat(api.get("/api/v1/tickets/" + created.id() + "/comments", alice).json().findValuesAsText("body"))
                .containsExactly("first reply", "a note without a client id");
        assertThat(api.get("/api/v1/tickets", admin).json().path("total").asLong()).isEqualTo(1);
        assertThat(history(created.id())).containsExactly("created by Alice 王丽", "status by Alice 王丽");
    }

    @Test
    void aChangeFromAnOldVersionKeepsTheServersValueOfFieldsChangedSinceAndAppliesTheOthers() {
        Ticket ticket = create(alice, "Broken charger");
        ApiResponse live = api.patch("/api/v1/tickets/" + ticket.id(), carol, body("version", 1, "priority", "HIGH", "tags", List.of("vip")));
        assertThat(live.status()).as(live.body()).isEqualTo(200);

        Outbox outbox = new Outbox(api, alice);
        outbox.patch(ticket.id(), null, patch("version", 1, "status", "open", "description", "written on the train"));
        outbox.patch(ticket.id(), null, patch("version", 1, "priority", "LOW", "subject", "Charger broken again"));
        outbox.patch(ticket.id(), null, patch("version", 1, "tags", List.of("vip")));
        TicketSyncResponse answer = outbox.push();

        assertThat(answer.results()).extracting(TicketMutationResult::outcome).containsExactly(APPLIED, CONFLICT, APPLIED);
        assertThat(answer.results().get(0).conflicts()).isEmpty();
        assertThat(answer.results().get(1).conflicts()).containsExactly("priority");
        assertThat(answer.results().get(2).conflicts()).as("the same value on both sides is no collision").isEmpty();
        Ticket now = api.get("/api/v1/tickets/" + ticket.id(), alice).as(Ticket.class);
        assertThat(now.priority()).as("the server's value stays").isEqualTo(TicketPriority.HIGH);
        assertThat(now.tags()).containsExactly("vip");
        assertThat(now.status()).isEqualTo("open");
        assertThat(now.description()).isEqualTo("written on the train");
        assertThat(now.subject()).as("the other field of the colliding change applies").isEqualTo("Charger broken again");
        assertThat(answer.results().get(1).ticket()).isEqualTo(answer.results().get(2).ticket()).isEqualTo(now);
        assertThat(history(ticket.id())).containsExactly("created by Alice 王丽", "priority by Carol 陈静", "tags by Carol 陈静",
                "description by Alice 王丽", "status by Alice 王丽", "subject by Alice 王丽");

        ApiResponse refusedLive = api.patch("/api/v1/tickets/" + ticket.id(), alice, body("version", 1, "priority", "LOW", "status", "pending"));
        assertThat(refusedLive.status()).as("the live API keeps refusing the whole change").isEqualTo(409);
        assertThat(refusedLive.json().path("conflicts").toString()).isEqualTo("[\"priority\",\"status\"]");
        assertThat(api.get("/api/v1/tickets/" + ticket.id(), alice).as(Ticket.class)).isEqualTo(now);
    }

    @Test
    void anOutboxsOwnEarlierChangeIsNoCollisionButAChangeBySomeoneElseAfterItIs() {
        Ticket ticket = create(alice, "Status twice");
        Outbox outbox = new Outbox(api, alice);
        outbox.patch(ticket.id(), null, patch("version", 1, "status", "open"));
        outbox.patch(ticket.id(), null, patch("version", 1, "status", "pending"));
        TicketSyncResponse own = outbox.push();
        assertThat(own.results()).extracting(TicketMutationResult::outcome).containsExactly(APPLIED, APPLIED);
        assertThat(own.results().get(1).ticket().status()).isEqualTo("pending");
        outbox.forget(own);

        ApiResponse live = api.patch("/api/v1/tickets/" + ticket.id(), carol, body("version", 3, "status", "on_hold"));
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        outbox.patch(ticket.id(), null, patch("version", 1, "status", "solved"));
        TicketSyncResponse theirs = outbox.push();
        assertThat(theirs.results()).extracting(TicketMutationResult::outcome).containsExactly(CONFLICT);
        assertThat(theirs.results().get(0).conflicts()).containsExactly("status");
        assertThat(theirs.results().get(0).ticket().status()).isEqualTo("on_hold");
    }

    @Test
    void aTriggerRunsOnSyncedEntriesAsOnLiveOnes() {
        ApiResponse rule = api.post("/api/v1/ticket-triggers", admin, body("name", "Urgent is tagged", "events", List.of("CREATED", "UPDATED"),
                "conditions", List.of(body("field", "priority", "operator", "IS", "values", List.of("URGENT"))),
                "actions", List.of(body("type", "ADD_TAGS", "values", List.of("urgent")))));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        Ticket live = create(alice, "Made online");

        Outbox outbox = new Outbox(api, alice);
        outbox.create("urgent-offline", new dev.switchboard.shared.tickets.NewTicket("Made offline", null, null,
                new dev.switchboard.shared.tickets.RequesterInput("Customer", "offline@example.com", null, null), null, TicketPriority.URGENT,
                null, null, PRESALES, null, null, null, null, null, null, null));
        outbox.patch(live.id(), null, patch("version", 1, "priority", "URGENT"));
        TicketSyncResponse answer = outbox.push();

        assertThat(answer.results()).extracting(TicketMutationResult::outcome).containsExactly(APPLIED, APPLIED);
        assertThat(answer.results()).allSatisfy(result -> assertThat(result.ticket().tags()).containsExactly("urgent"));
        assertThat(history(answer.results().get(0).ticket().id())).containsExactly("created by Alice 王丽", "tags by Urgent is tagged");
        assertThat(history(live.id())).containsExactly("created by Alice 王丽", "priority by Alice 王丽", "tags by Urgent is tagged");
    }

    Ticket create(String token, String subject) {
        ApiResponse response = api.post("/api/v1/tickets", token, body("subject", subject, "groupId", PRESALES,
                "requester", Map.of("name", "Customer", "email", "customer@example.com")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }

    /** The history as "field by who" (an agent's name or a rule's), in order. */
    List<String> history(long ticketId) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : api.get("/api/v1/tickets/" + ticketId + "/history", admin).json()) {
            rows.add(row.path("field").asText() + " by " + (row.hasNonNull("rule") ? row.path("rule").asText() : row.path("agentName").asText()));
        }
        return rows;
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
