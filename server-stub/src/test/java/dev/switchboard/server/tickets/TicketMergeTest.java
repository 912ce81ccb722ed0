package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Merging a ticket into another, splitting a reply off, and what is refused. */
class TicketMergeTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void theMergedTicketClosesLinksToTheTargetAndItsThreadIsCopiedThereWithItsOrigin() {
        Ticket target = tickets.create(alice, body("subject", "Order late", "description", "Where is order 1?", "groupId", PRESALES,
                "requester", Map.of("email", "li@example.com")));
        Ticket merged = tickets.create(alice, body("subject", "Order late again", "description", "Still waiting for order 1",
                "groupId", PRESALES, "requester", Map.of("name", "Li", "email", "li@example.com")));
        comment(target.id(), CommentKind.PUBLIC_REPLY, "Looking into it");
        comment(merged.id(), CommentKind.PUBLIC_REPLY, "Sorry for the wait");
        comment(merged.id(), CommentKind.INTERNAL_NOTE, "Same as the other one");

        ApiResponse answer = api.post("/api/v1/tickets/" + merged.id() + "/merge", alice, body("targetId", target.id()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Ticket after = answer.as(Ticket.class);
        assertThat(after.id()).isEqualTo(target.id());
        assertThat(after.relatedIds()).containsExactly(merged.id());
        assertThat(after.status()).isEqualTo("new");

        Ticket closed = tickets.get(alice, merged.id());
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.relatedIds()).containsExactly(target.id());

        List<TicketComment> thread = comments(target.id());
        assertThat(thread).extracting(TicketComment::body)
                .containsExactly("Looking into it", "Still waiting for order 1", "Sorry for the wait", "Same as the other one");
        assertThat(thread.get(1).kind()).as("the description comes as a note").isEqualTo(CommentKind.INTERNAL_NOTE);
        assertThat(thread.get(1).requesterId()).as("written by the requester").isEqualTo(merged.requester().id());
        assertThat(thread.get(2).kind()).isEqualTo(CommentKind.PUBLIC_REPLY);
        assertThat(thread.get(2).authorName()).startsWith("Alice");
        assertThat(thread.get(3).clientId()).as("the origin is named").startsWith("merge:" + merged.id() + ":");
        assertThat(comments(merged.id())).as("the merged ticket keeps its thread").hasSize(2);

        assertThat(history(merged.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("mergedInto");
            assertThat(entry.toValue()).isEqualTo(target.number());
        }).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("status");
            assertThat(entry.toValue()).isEqualTo("closed");
        });
        assertThat(history(target.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("mergedFrom");
            assertThat(entry.toValue()).isEqualTo(merged.number());
            assertThat(entry.version()).isEqualTo(after.version());
        });

        ApiResponse twice = api.post("/api/v1/tickets/" + merged.id() + "/merge", alice, body("targetId", target.id()));
        assertThat(twice.status()).as("a merged ticket is closed and merges no more").isEqualTo(409);
    }

    @Test
    void aTicketMergesNeitherIntoItselfNorIntoAClosedOrUnseenTicket() {
        Ticket one = tickets.create(alice, "One", PRESALES, "a@example.com");
        Ticket done = tickets.create(alice, "Done", PRESALES, "b@example.com");
        Ticket hidden = tickets.create(admin, "Hidden", AFTERSALES, "c@example.com");
        assertThat(tickets.patch(alice, done.id(), body("version", 1, "status", "solved")).status()).isEqualTo(200);
        assertThat(tickets.patch(alice, done.id(), body("version", 2, "status", "closed")).status()).isEqualTo(200);

        ApiResponse itself = api.post("/api/v1/tickets/" + one.id() + "/merge", alice, body("targetId", one.id()));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.json().path("errors").findValuesAsText("field")).containsExactly("targetId");
        assertThat(api.post("/api/v1/tickets/" + one.id() + "/merge", alice, body("targetId", done.id())).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/tickets/" + one.id() + "/merge", alice, body("targetId", hidden.id())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/" + hidden.id() + "/merge", alice, body("targetId", one.id())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/" + one.id() + "/merge", alice, body()).status()).isEqualTo(400);
        assertThat(tickets.get(alice, one.id())).as("nothing changed").isEqualTo(one);
    }

    @Test
    void aReplySplitOffBecomesANewTicketLinkedToItsOrigin() {
        Ticket origin = tickets.create(alice, body("subject", "Two problems", "groupId", PRESALES, "priority", "HIGH",
                "requester", Map.of("email", "li@example.com")));
        TicketComment second = comment(origin.id(), CommentKind.PUBLIC_REPLY, "Also my invoice is wrong\nIt says 300 instead of 200");

        ApiResponse answer = api.post("/api/v1/tickets/" + origin.id() + "/split", alice, body("commentId", second.id()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Ticket split = answer.as(Ticket.class);
        assertThat(split.subject()).isEqualTo("Also my invoice is wrong");
        assertThat(split.description()).isEqualTo(second.body());
        assertThat(split.requester().id()).isEqualTo(origin.requester().id());
        assertThat(split.groupId()).isEqualTo(PRESALES);
        assertThat(split.priority()).isEqualTo(origin.priority());
        assertThat(split.relatedIds()).containsExactly(origin.id());
        assertThat(tickets.get(alice, origin.id()).relatedIds()).containsExactly(split.id());
        assertThat(history(origin.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("relatedIds");
            assertThat(entry.toValue()).isEqualTo(split.number());
        });

        ApiResponse again = api.post("/api/v1/tickets/" + origin.id() + "/split", alice, body("commentId", second.id()));
        assertThat(again.as(Ticket.class).id()).as("the same reply split again answers the same ticket").isEqualTo(split.id());
        Ticket other = tickets.create(alice, "Other", PRESALES, "x@example.com");
        assertThat(api.post("/api/v1/tickets/" + other.id() + "/split", alice, body("commentId", second.id())).status())
                .as("a reply of another ticket").isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/" + origin.id() + "/split", alice, body()).status()).isEqualTo(400);
    }

    private TicketComment comment(long ticketId, CommentKind kind, String text) {
        ApiResponse made = api.post("/api/v1/tickets/" + ticketId + "/comments", alice, body("kind", kind.name(), "body", text));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.as(TicketComment.class);
    }

    private List<TicketComment> comments(long id) {
        return Arrays.asList(api.get("/api/v1/tickets/" + id + "/comments", alice).as(TicketComment[].class));
    }

    private List<TicketHistoryEntry> history(long id) {
        return Arrays.asList(api.get("/api/v1/tickets/" + id + "/history", alice).as(TicketHistoryEntry[].class));
    }
}
