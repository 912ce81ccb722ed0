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
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A ticket from creation to closing: numbers, requesters, changes, comments, history, and what is refused on the way. */
class TicketLifecycleTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void aNewTicketHasTodaysNumberItsRequesterAndDefaults() {
        Ticket first = tickets.create(alice, body("subject", "  Where is my order?  ", "description", "Order 8841",
                "requester", Map.of("name", "Li Na", "email", "LiNa@Example.com", "phone", "138 0013-8000"),
                "categoryId", 1, "groupId", PRESALES, "tags", List.of("Order", "late", "order")));
        String today = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(backend.clock().instant());

        assertThat(first.number()).isEqualTo("T-" + today + "-0001");
        assertThat(first.subject()).isEqualTo("Where is my order?");
        assertThat(first.status()).isEqualTo("new");
        assertThat(first.priority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(first.channel()).isEqualTo(TicketChannel.API);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.tags()).containsExactly("late", "order");
        assertThat(first.requester().name()).isEqualTo("Li Na");
        assertThat(first.requester().email()).isEqualTo("lina@example.com");
        assertThat(first.requester().phone()).isEqualTo("13800138000");
        assertThat(tickets.get(alice, first.id())).isEqualTo(first);

        Ticket second = tickets.create(alice, body("subject", "Again", "groupId", PRESALES,
                "requester", Map.of("phone", "13800138000", "visitorId", "v-42")));
        assertThat(second.number()).isEqualTo("T-" + today + "-0002");
        assertThat(second.requester().id()).as("found by the phone number").isEqualTo(first.requester().id());
        assertThat(second.requester().visitorId()).as("the new contact is added to the customer").isEqualTo("v-42");
        assertThat(second.requester().name()).isEqualTo("Li Na");

        backend.clock().advance(java.time.Duration.ofDays(1));
        // a day later the sessions of this morning have ended
        Ticket nextDay = tickets.create(backend.token("alice"), "Tomorrow", PRESALES, "x@example.com");
        assertThat(nextDay.number()).as("each day counts from 1").endsWith("-0001").isNotEqualTo(first.number());
    }

    @Test
    void anAgentsTicketWithoutGroupOrAssigneeIsAssignedToThem() {
        Ticket mine = tickets.create(alice, body("subject", "Call back", "requester", Map.of("phone", "+86 10 1234 5678")));
        assertThat(mine.assigneeId()).isEqualTo(agentId("alice"));
        assertThat(mine.groupId()).isNull();
        assertThat(tickets.get(alice, mine.id())).isEqualTo(mine);
    }

    @Test
    void changesAreAppliedAndEachChangedFieldIsInTheHistory() {
        Ticket ticket = tickets.create(alice, "Broken charger", PRESALES, "a@example.com");
        ApiResponse changed = tickets.patch(alice, ticket.id(), body("version", 1, "status", "open", "priority", "HIGH",
                "assigneeId", agentId("alice"), "tags", List.of("charger"), "subject", "Broken charger"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Ticket open = changed.as(Ticket.class);
        assertThat(open.version()).isEqualTo(2);
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(open.assigneeId()).isEqualTo(agentId("alice"));

        Ticket cleared = tickets.patch(alice, ticket.id(), body("version", 2, "assigneeId", null, "description", "no light at all"))
                .as(Ticket.class);
        assertThat(cleared.assigneeId()).as("null clears").isNull();
        assertThat(cleared.description()).isEqualTo("no light at all");
        assertThat(cleared.priority()).as("absent stays").isEqualTo(TicketPriority.HIGH);

        List<TicketHistoryEntry> history = Arrays.asList(api.get("/api/v1/tickets/" + ticket.id() + "/history", alice).as(TicketHistoryEntry[].class));
        assertThat(history).extracting(TicketHistoryEntry::version, TicketHistoryEntry::field, TicketHistoryEntry::fromValue, TicketHistoryEntry::toValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "created", null, ticket.number()),
                        org.assertj.core.groups.Tuple.tuple(2L, "priority", "NORMAL", "HIGH"),
                        org.assertj.core.groups.Tuple.tuple(2L, "status", "new", "open"),
                        org.assertj.core.groups.Tuple.tuple(2L, "assigneeId", null, Long.toString(agentId("alice"))),
                        org.assertj.core.groups.Tuple.tuple(2L, "tags", "", "charger"),
                        org.assertj.core.groups.Tuple.tuple(3L, "description", null, "no light at all"),
                        org.assertj.core.groups.Tuple.tuple(3L, "assigneeId", Long.toString(agentId("alice")), null));
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.agentName()).isEqualTo("Alice 王丽");
            assertThat(entry.rule()).isNull();
            assertThat(entry.at()).isEqualTo(backend.clock().instant());
        });

        Ticket same = tickets.patch(alice, ticket.id(), body("version", 3, "priority", "HIGH")).as(Ticket.class);
        assertThat(same.version()).as("setting a field to its value changes nothing").isEqualTo(3);
    }

    @Test
    void statusesMoveOnlyAsTheirKindsAllow() {
        Ticket ticket = tickets.create(alice, "Refund", PRESALES, "r@example.com");
        ApiResponse closedAtOnce = tickets.patch(alice, ticket.id(), body("version", 1, "status", "closed"));
        assertThat(closedAtOnce.status()).isEqualTo(400);
        assertThat(closedAtOnce.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        assertThat(tickets.patch(alice, ticket.id(), body("version", 1, "status", "nonsense")).status()).isEqualTo(400);
        assertThat(tickets.get(alice, ticket.id()).version()).as("nothing written").isEqualTo(1);

        assertThat(tickets.patch(alice, ticket.id(), body("version", 1, "status", "pending")).status()).isEqualTo(200);
        assertThat(tickets.patch(alice, ticket.id(), body("version", 2, "status", "on_hold")).status()).isEqualTo(200);
        assertThat(tickets.patch(alice, ticket.id(), body("version", 3, "status", "new")).status()).as("never back to new").isEqualTo(400);
        assertThat(tickets.patch(alice, ticket.id(), body("version", 3, "status", "solved")).status()).isEqualTo(200);
        assertThat(tickets.patch(alice, ticket.id(), body("version", 4, "status", "closed")).status()).isEqualTo(200);

        ApiResponse reopen = tickets.patch(alice, ticket.id(), body("version", 5, "status", "open"));
        assertThat(reopen.status()).as("closed is final").isEqualTo(400);
        ApiResponse edit = tickets.patch(alice, ticket.id(), body("version", 5, "subject", "Refund, again"));
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.json().path("errors").get(0).path("field").asText()).isEqualTo("subject");
        ApiResponse comment = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, Map.of("body", "one more thing"));
        assertThat(comment.status()).isEqualTo(409);
        assertThat(comment.isProblem()).isTrue();
        assertThat(api.post("/api/v1/tickets", alice, body("subject", "x", "status", "closed", "requester", Map.of("email", "c@example.com")))
                .status()).as("not created closed").isEqualTo(400);
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamedAndNothingWritten() {
        long ticketsBefore = tickets.list(admin, "").total();
        ApiResponse missing = api.post("/api/v1/tickets", alice, body("subject", " ", "requester", Map.of("name", "No contact"),
                "tags", List.of("two words")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("subject", "requester", "tags");

        ApiResponse unknownRefs = api.post("/api/v1/tickets", alice, body("subject", "Refs", "requester", Map.of("email", "new@example.com"),
                "categoryId", 999, "groupId", 999, "assigneeId", 999, "conversationId", 999, "parentId", 999, "status", "nope"));
        assertThat(unknownRefs.status()).isEqualTo(400);
        assertThat(unknownRefs.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "categoryId", "groupId", "assigneeId", "conversationId", "parentId");
        ApiResponse notInGroup = api.post("/api/v1/tickets", alice, body("subject", "Bob's?", "requester", Map.of("email", "new@example.com"),
                "groupId", PRESALES, "assigneeId", agentId("bob")));
        assertThat(notInGroup.json().path("errors").findValuesAsText("field")).containsExactly("assigneeId");
        assertThat(tickets.list(admin, "").total()).isEqualTo(ticketsBefore);
        Ticket later = tickets.create(alice, body("subject", "Later", "groupId", PRESALES,
                "requester", Map.of("name", "Named Later", "email", "new@example.com")));
        assertThat(later.requester().name()).as("no customer was kept from the refused tickets (it would be named 'new')")
                .isEqualTo("Named Later");

        Ticket ticket = tickets.create(alice, "Fine", PRESALES, "fine@example.com");
        ApiResponse unknownField = api.send("PATCH", "/api/v1/tickets/" + ticket.id(), alice, "{\"version\":1,\"colour\":\"red\"}", ApiClient.JSON);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().path("errors").get(0).path("field").asText()).isEqualTo("colour");
        ApiResponse noVersion = tickets.patch(alice, ticket.id(), body("status", "open"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().path("errors").get(0).path("field").asText()).isEqualTo("version");
        ApiResponse wrongType = api.send("PATCH", "/api/v1/tickets/" + ticket.id(), alice, "{\"version\":1,\"assigneeId\":\"bob\"}", ApiClient.JSON);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asText()).isEqualTo("assigneeId");
        ApiResponse twoBad = tickets.patch(alice, ticket.id(), body("version", 1, "status", "closed", "groupId", 999));
        assertThat(twoBad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("status", "groupId");
        assertThat(tickets.get(alice, ticket.id())).isEqualTo(ticket);
    }

    @Test
    void commentsAreAppendedAndARepeatedClientIdAnswersTheSameComment() {
        Ticket ticket = tickets.create(alice, "Thread", PRESALES, "t@example.com");
        ApiResponse reply = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice,
                Map.of("kind", "PUBLIC_REPLY", "body", "We are on it.", "clientId", "c-1"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        TicketComment first = reply.as(TicketComment.class);
        assertThat(first.kind()).isEqualTo(CommentKind.PUBLIC_REPLY);
        assertThat(first.authorName()).isEqualTo("Alice 王丽");
        TicketComment again = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice,
                Map.of("kind", "PUBLIC_REPLY", "body", "We are on it.", "clientId", "c-1")).as(TicketComment.class);
        assertThat(again).isEqualTo(first);
        TicketComment note = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, Map.of("body", "check stock")).as(TicketComment.class);
        assertThat(note.kind()).as("a note unless a reply is asked for").isEqualTo(CommentKind.INTERNAL_NOTE);
        assertThat(api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, Map.of("body", "")).status()).isEqualTo(400);

        assertThat(api.get("/api/v1/tickets/" + ticket.id() + "/comments", alice).as(TicketComment[].class))
                .extracting(TicketComment::body).containsExactly("We are on it.", "check stock");
        assertThat(tickets.get(alice, ticket.id()).version()).as("comments leave the fields' version alone").isEqualTo(1);
    }

    @Test
    void aRepeatedCreateWithItsClientIdAnswersTheTicketMadeTheFirstTime() {
        Map<String, Object> body = body("subject", "Once", "groupId", PRESALES, "requester", Map.of("email", "once@example.com"), "clientId", "n-1");
        Ticket first = tickets.create(alice, body);
        Ticket again = tickets.create(alice, body);
        assertThat(again).isEqualTo(first);
        assertThat(tickets.list(alice, "text=Once").total()).isEqualTo(1);
        assertThat(api.post("/api/v1/tickets", backend.token("bob"), body).status())
                .as("another agent's client id, of a ticket they may not see").isEqualTo(409);
    }

    @Test
    void linksGoBothWaysAndAParentCannotBeOwnPart() {
        Ticket parent = tickets.create(alice, "Outage", PRESALES, "o@example.com");
        Ticket child = tickets.create(alice, body("subject", "Outage at shop 3", "groupId", PRESALES, "parentId", parent.id(),
                "relatedIds", List.of(), "requester", Map.of("email", "o@example.com")));
        Ticket related = tickets.create(alice, body("subject", "Slow site", "groupId", PRESALES, "relatedIds", List.of(parent.id()),
                "requester", Map.of("email", "s@example.com")));
        assertThat(child.parentId()).isEqualTo(parent.id());
        Ticket parentNow = tickets.get(alice, parent.id());
        assertThat(parentNow.relatedIds()).containsExactly(related.id());
        assertThat(parentNow.version()).as("the other side of a link changed too").isEqualTo(2);
        assertThat(tickets.list(alice, "parent=" + parent.id()).tickets()).extracting(Ticket::id).containsExactly(child.id());

        ApiResponse loop = tickets.patch(alice, parent.id(), body("version", 2, "parentId", child.id()));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().path("errors").get(0).path("field").asText()).isEqualTo("parentId");
        Ticket unlinked = tickets.patch(alice, related.id(), body("version", 1, "relatedIds", List.of())).as(Ticket.class);
        assertThat(unlinked.relatedIds()).isEmpty();
        assertThat(tickets.get(alice, parent.id()).relatedIds()).isEmpty();
        Ticket bobs = tickets.create(backend.token("bob"), "Bob's", AFTERSALES, "b@example.com");
        assertThat(tickets.patch(alice, parent.id(), body("version", 3, "relatedIds", List.of(bobs.id()))).status())
                .as("a ticket alice may not see is not hers to link").isEqualTo(400);
    }

    private long agentId(String login) {
        return api.get("/api/v1/auth/me", backend.token(login)).json().path("id").asLong();
    }
}
