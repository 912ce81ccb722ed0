package dev.switchboard.server.ticketsync;

import static dev.switchboard.server.ticketsync.Outbox.patch;
import static dev.switchboard.server.ticketsync.TicketSyncPushTest.body;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.APPLIED;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.DUPLICATE;
import static dev.switchboard.shared.tickets.sync.TicketMutationOutcome.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationResult;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import dev.switchboard.shared.tickets.sync.TicketSyncResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a push refuses: an entry a live edit would refuse is answered REJECTED, nothing of it
 * applied, and the outbox goes on; a push out of order is refused whole. And two pushes of one
 * client at once apply each entry once.
 */
class TicketSyncRefusalsTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String admin = backend.token("admin");

    @Test
    void anEntryALiveEditWouldRefuseIsRejectedWithItsProblemAndTheLaterOnesStillApply() {
        ApiResponse field = api.post("/api/v1/ticket-fields", admin, Map.of("key", "model", "name", "Model", "nameZh", "型号", "type", "DROPDOWN",
                "options", List.of("A1", "A7"), "required", true, "categoryId", 3));
        assertThat(field.status()).as(field.body()).isEqualTo(201);
        Ticket mine = create(alice, "Mine", PRESALES);
        Ticket bobs = create(bob, "Bob's", AFTERSALES);

        Outbox outbox = new Outbox(api, alice);
        outbox.patch(mine.id(), null, patch("version", 1, "status", "closed"));
        outbox.create("fault-without-model", new NewTicket("Broken", null, null, new RequesterInput(null, "f@example.com", null, null), 3L,
                null, null, null, PRESALES, null, null, null, null, null, null, null));
        outbox.patch(bobs.id(), null, patch("version", 1, "priority", "HIGH"));
        outbox.add(new TicketMutation(0, TicketMutationKind.PATCH, mine.id(), null, null, null, null, Instant.now()));
        outbox.comment(mine.id(), null, CommentKind.INTERNAL_NOTE, "still applied", null);
        outbox.patch(mine.id(), null, patch("version", 1, "status", "open"));
        TicketSyncResponse answer = outbox.push();

        assertThat(answer.results()).extracting(TicketMutationResult::outcome)
                .containsExactly(REJECTED, REJECTED, REJECTED, REJECTED, APPLIED, APPLIED);
        assertThat(answer.lastAppliedMutationId()).as("a refused entry is consumed too").isEqualTo(6);
        assertThat(fields(answer.results().get(0))).as("closed only from solved").containsExactly("status");
        assertThat(answer.results().get(0).ticket()).as("the ticket as it is, for the agent to redo the change").isEqualTo(mine);
        assertThat(fields(answer.results().get(1))).as("a required custom field").containsExactly("customFields.model");
        assertThat(answer.results().get(1).localKey()).isEqualTo("fault-without-model");
        assertThat(answer.results().get(2).problem().status()).as("not hers to see, so not hers to change").isEqualTo(404);
        assertThat(answer.results().get(2).ticket()).isNull();
        assertThat(fields(answer.results().get(3))).containsExactly("patch");
        assertThat(answer.results().get(5).ticket().status()).isEqualTo("open");

        assertThat(api.get("/api/v1/tickets/" + bobs.id(), bob).as(Ticket.class)).as("nothing of a refused entry").isEqualTo(bobs);
        assertThat(api.get("/api/v1/tickets", admin).json().path("total").asLong()).as("no ticket without its model").isEqualTo(2);
        assertThat(api.get("/api/v1/tickets/" + mine.id() + "/history", alice).json().findValuesAsText("field")).containsExactly("created", "status");
        assertThat(api.get("/api/v1/tickets/" + mine.id() + "/comments", alice).json().findValuesAsText("body")).containsExactly("still applied");

        assertThat(outbox.push().results()).as("pushed again: consumed, not retried").extracting(TicketMutationResult::outcome).containsOnly(DUPLICATE);
    }

    @Test
    void aReminderNotLaterThanItsChangeIsRejectedAndOneThatPassedWhileOfflineIsKept() {
        Ticket mine = create(alice, "Waiting for photos 等照片", PRESALES);
        Instant now = backend.clock().instant();
        Outbox outbox = new Outbox(api, alice);
        Instant typedAt = now.minus(java.time.Duration.ofHours(3));
        outbox.add(TicketMutation.patch(0, mine.id(), null, patch("version", 1, "status", "pending",
                "pendingUntil", typedAt.minusSeconds(60).toString()), typedAt));
        Instant passedWhileOffline = now.minus(java.time.Duration.ofHours(1));
        outbox.add(TicketMutation.patch(0, mine.id(), null, patch("version", 1, "status", "pending",
                "pendingUntil", passedWhileOffline.toString()), typedAt));
        TicketSyncResponse answer = outbox.push();

        assertThat(answer.results()).extracting(TicketMutationResult::outcome).containsExactly(REJECTED, APPLIED);
        assertThat(fields(answer.results().get(0))).as("earlier than when the agent set it").containsExactly("pendingUntil");
        Ticket stored = api.get("/api/v1/tickets/" + mine.id(), alice).as(Ticket.class);
        assertThat(stored.status()).isEqualTo("pending");
        assertThat(stored.pendingUntil()).as("a reminder that came while the change waited offline is kept, to be reached at once")
                .isEqualTo(passedWhileOffline);
    }

    @Test
    void aPushOutOfOrderOrTooLongIsRefusedWholeAndNothingIsApplied() {
        Ticket ticket = create(alice, "Order", PRESALES);
        Outbox outbox = new Outbox(api, alice);

        assertRefused(outbox.send(List.of(note(1, ticket), note(3, ticket))), 400, "mutations[1].mutationId");
        assertRefused(outbox.send(List.of(note(2, ticket), note(1, ticket))), 400, "mutations[1].mutationId");
        assertRefused(outbox.send(List.of(note(1, ticket), note(1, ticket))), 400, "mutations[1].mutationId");
        assertRefused(outbox.send(List.of(note(0, ticket))), 400, "mutations[0].mutationId");
        assertRefused(api.post(Outbox.PUSH, alice, new TicketSyncRequest(" ", List.of(note(1, ticket)))), 400, "clientId");
        List<TicketMutation> tooMany = LongStream.rangeClosed(1, TicketSyncRequest.MAX_MUTATIONS + 1).mapToObj(id -> note(id, ticket)).toList();
        ApiResponse tooLong = outbox.send(tooMany);
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(413);
        assertThat(tooLong.isProblem()).isTrue();
        ApiResponse unknownKind = api.send("POST", Outbox.PUSH, alice, "{\"clientId\":\"c\",\"mutations\":[{\"mutationId\":1,\"kind\":\"DELETE\"}]}",
                ApiClient.JSON);
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(api.post(Outbox.PUSH, null, new TicketSyncRequest("c", List.of(note(1, ticket)))).status()).isEqualTo(401);

        assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/comments", alice).json()).as("nothing applied").isEmpty();
        assertThat(outbox.lastApplied()).isZero();
    }

    @Test
    void twoPushesOfOneClientAtOnceApplyEachEntryOnce() throws Exception {
        Outbox outbox = new Outbox(api, alice);
        String key = outbox.create("Racing pushes", PRESALES);
        for (int i = 1; i <= 40; i++) {
            outbox.comment(null, key, CommentKind.INTERNAL_NOTE, "note " + i, null);
            if (i % 4 == 0) {
                outbox.patch(null, key, patch("version", 1, "subject", "Racing pushes " + i));
            }
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<TicketSyncResponse>> pushes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pushes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return outbox.push();
            }));
        }
        start.countDown();
        TicketSyncResponse one = pushes.get(0).get(60, TimeUnit.SECONDS);
        TicketSyncResponse other = pushes.get(1).get(60, TimeUnit.SECONDS);

        for (TicketMutation entry : outbox.entries()) {
            long applied = List.of(one, other).stream().flatMap(answer -> answer.results().stream())
                    .filter(result -> result.mutationId() == entry.mutationId() && result.outcome() == APPLIED).count();
            assertThat(applied).as("entry " + entry.mutationId() + " applied by exactly one of the pushes").isEqualTo(1);
        }
        long ticketId = one.results().get(0).ticket().id();
        List<String> notes = api.get("/api/v1/tickets/" + ticketId + "/comments", alice).json().findValuesAsText("body");
        assertThat(notes).hasSize(40).doesNotHaveDuplicates();
        assertThat(api.get("/api/v1/tickets/" + ticketId, alice).as(Ticket.class).subject()).isEqualTo("Racing pushes 40");
        assertThat(api.get("/api/v1/tickets/" + ticketId + "/history", alice).json().findValuesAsText("field"))
                .filteredOn("subject"::equals).hasSize(10);
    }

    private static TicketMutation note(long mutationId, Ticket ticket) {
        return TicketMutation.comment(mutationId, ticket.id(), null, new NewTicketComment(CommentKind.INTERNAL_NOTE, "note " + mutationId, null),
                Instant.now());
    }

    private static void assertRefused(ApiResponse response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
    }

    private static List<String> fields(TicketMutationResult result) {
        assertThat(result.problem()).as("the problem of " + result.mutationId()).isNotNull();
        return result.problem().errors().stream().map(error -> error.field()).toList();
    }

    private Ticket create(String token, String subject, long groupId) {
        ApiResponse response = api.post("/api/v1/tickets", token, body("subject", subject, "groupId", groupId,
                "requester", Map.of("name", "Customer", "email", "customer@example.com")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }
}
