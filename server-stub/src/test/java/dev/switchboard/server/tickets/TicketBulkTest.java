package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.together.BulkResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk changes and replies: each ticket through the normal rules, the answer per ticket. */
class TicketBulkTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void eachTicketSucceedsOrFailsOnItsOwnAndTheAnswerSaysWhich() {
        Ticket first = tickets.create(alice, "Printer", PRESALES, "a@example.com");
        Ticket second = tickets.create(alice, "Scanner", PRESALES, "b@example.com");
        Ticket hidden = tickets.create(admin, "Not alice's", AFTERSALES, "c@example.com");
        Ticket closing = tickets.create(alice, "To close", PRESALES, "d@example.com");

        ApiResponse answer = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", List.of(first.id(), hidden.id(), second.id(), closing.id()),
                "changes", Map.of("priority", "HIGH", "status", "closed")));
        // status new -> closed is not a move a ticket may make (closed only from solved): every ticket is refused for it
        assertThat(answer.status()).isEqualTo(207);
        BulkResult refused = answer.as(BulkResult.class);
        assertThat(refused.failed()).isEqualTo(4);
        assertThat(refused.results()).extracting(BulkResult.Item::status).containsExactly(400, 404, 400, 400);

        answer = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", List.of(first.id(), hidden.id(), second.id()),
                "changes", Map.of("priority", "HIGH"), "addTags", List.of("Hardware"),
                "comment", Map.of("kind", "PUBLIC_REPLY", "body", "We are on it.", "clientId", "bulk-1")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(207);
        BulkResult result = answer.as(BulkResult.class);
        assertThat(result.succeeded()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.results()).extracting(BulkResult.Item::ticketId).containsExactly(first.id(), hidden.id(), second.id());
        BulkResult.Item notSeen = result.results().get(1);
        assertThat(notSeen.status()).isEqualTo(404);
        assertThat(notSeen.problem().detail()).contains("ticket " + hidden.id());
        assertThat(notSeen.ticket()).isNull();
        for (Ticket changed : List.of(first, second)) {
            Ticket now = tickets.get(alice, changed.id());
            assertThat(now.priority()).isEqualTo(TicketPriority.HIGH);
            assertThat(now.tags()).containsExactly("hardware");
            assertThat(comments(changed.id())).extracting(TicketComment::body).containsExactly("We are on it.");
            assertThat(history(changed.id())).extracting(TicketHistoryEntry::field).contains("priority", "tags");
        }
        assertThat(tickets.get(admin, hidden.id()).priority()).as("nothing happened to the ticket alice does not see").isEqualTo(TicketPriority.NORMAL);

        // the same request again: the same replies (one per ticket, by the client id), and nothing changes twice
        ApiResponse again = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", List.of(first.id(), second.id()),
                "removeTags", List.of("hardware"), "comment", Map.of("kind", "PUBLIC_REPLY", "body", "We are on it.", "clientId", "bulk-1")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(comments(first.id())).hasSize(1);
        assertThat(tickets.get(alice, first.id()).tags()).isEmpty();
    }

    @Test
    void aBulkRequestWithNothingToDoOrTooManyTicketsIsRefusedWhole() {
        Ticket ticket = tickets.create(alice, "Printer", PRESALES, "a@example.com");
        ApiResponse nothing = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", List.of(ticket.id())));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().path("errors").findValuesAsText("field")).containsExactly("changes");
        ApiResponse bad = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", List.of(ticket.id(), ticket.id()),
                "changes", Map.of("version", 1, "priority", "HIGH"), "addTags", List.of("no spaces allowed"), "comment", Map.of("body", "")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("ticketIds", "changes.version", "addTags", "comment.body");
        ApiResponse many = api.post("/api/v1/tickets/bulk", alice, body("ticketIds", java.util.stream.LongStream.rangeClosed(1, 101).boxed().toList(),
                "changes", Map.of("priority", "HIGH")));
        assertThat(many.status()).isEqualTo(400);
        assertThat(tickets.get(alice, ticket.id()).version()).as("nothing was applied").isEqualTo(1);
    }

    private List<TicketComment> comments(long id) {
        return Arrays.asList(api.get("/api/v1/tickets/" + id + "/comments", alice).as(TicketComment[].class));
    }

    private List<TicketHistoryEntry> history(long id) {
        return Arrays.asList(api.get("/api/v1/tickets/" + id + "/history", alice).as(TicketHistoryEntry[].class));
    }
}
