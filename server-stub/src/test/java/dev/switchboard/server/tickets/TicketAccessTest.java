package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketOutOfSight;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees and changes which ticket, over REST and through the change log: agents their groups' and
 * their own, supervisors their groups', administrators all; a ticket one may not see does not exist.
 */
class TicketAccessTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");

    @Test
    void agentsSeeTheirGroupsTicketsAndThoseAssignedToThem() {
        Ticket presales = tickets.create(alice, "Pre-sales question", PRESALES, "p@example.com");
        Ticket aftersales = tickets.create(bob, "After-sales question", AFTERSALES, "a@example.com");
        Ticket nobodys = tickets.create(admin, body("subject", "No group yet", "requester", Map.of("email", "n@example.com")));

        assertThat(ids(alice)).containsExactly(presales.id());
        assertThat(ids(bob)).containsExactly(aftersales.id());
        assertThat(ids(carol)).as("the supervisor of both groups").containsExactlyInAnyOrder(presales.id(), aftersales.id());
        assertThat(ids(admin)).containsExactlyInAnyOrder(presales.id(), aftersales.id(), nobodys.id());

        assertThat(api.get("/api/v1/tickets/" + aftersales.id(), alice).status()).isEqualTo(404);
        assertThat(tickets.patch(alice, aftersales.id(), body("version", 1, "status", "open")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/" + aftersales.id() + "/comments", alice, Map.of("body", "hi")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + aftersales.id() + "/comments", alice).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + aftersales.id() + "/history", alice).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + nobodys.id(), carol).status()).isEqualTo(404);

        long aliceId = api.get("/api/v1/auth/me", alice).json().path("id").asLong();
        Ticket assigned = tickets.patch(admin, nobodys.id(), body("version", 1, "assigneeId", aliceId)).as(Ticket.class);
        assertThat(tickets.get(alice, nobodys.id())).as("assigned to her, in no group of hers").isEqualTo(assigned);
        assertThat(api.get("/api/v1/tickets", null).status()).as("visitors and strangers see nothing").isEqualTo(401);
    }

    @Test
    void theChangeLogCarriesTicketsAndCommentsOnlyToThoseWhoMaySeeThem() {
        long aliceFrom = ChangesSeen.cursor(api, alice);
        long bobFrom = ChangesSeen.cursor(api, bob);
        long carolFrom = ChangesSeen.cursor(api, carol);
        Ticket ticket = tickets.create(alice, "Synced", PRESALES, "s@example.com");
        Ticket open = tickets.patch(alice, ticket.id(), body("version", 1, "status", "open")).as(Ticket.class);
        TicketComment note = api.post("/api/v1/tickets/" + ticket.id() + "/comments", alice, Map.of("body", "internal")).as(TicketComment.class);

        assertThat(ChangesSeen.since(api, alice, aliceFrom, Ticket.ENTITY)).extracting(Change::entityId, change -> change.data().path("version").asLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Long.toString(ticket.id()), 1L),
                        org.assertj.core.groups.Tuple.tuple(Long.toString(ticket.id()), 2L));
        assertThat(ChangesSeen.since(api, alice, aliceFrom, Ticket.ENTITY).get(1).data().path("status").asText()).isEqualTo(open.status());
        assertThat(ChangesSeen.since(api, alice, aliceFrom, TicketComment.ENTITY)).extracting(Change::entityId)
                .containsExactly(Long.toString(note.id()));
        assertThat(ChangesSeen.since(api, carol, carolFrom, Ticket.ENTITY)).hasSize(2);
        assertThat(ChangesSeen.since(api, bob, bobFrom, Ticket.ENTITY)).as("not bob's group").isEmpty();
        assertThat(ChangesSeen.since(api, bob, bobFrom, TicketComment.ENTITY)).isEmpty();
    }

    private java.util.List<Long> ids(String token) {
        return tickets.list(token, "").tickets().stream().map(Ticket::id).toList();
    }

    @Test
    void agentsWhoLoseSightOfATicketAreToldSoThroughTheChangeLog() {
        Ticket ticket = tickets.create(alice, "Moving", PRESALES, "m@example.com");
        long aliceFrom = ChangesSeen.cursor(api, alice);
        long bobFrom = ChangesSeen.cursor(api, bob);
        long carolFrom = ChangesSeen.cursor(api, carol);
        tickets.patch(carol, ticket.id(), body("version", 1, "groupId", AFTERSALES));

        assertThat(ChangesSeen.since(api, alice, aliceFrom, Ticket.ENTITY)).as("no longer hers").isEmpty();
        assertThat(ChangesSeen.since(api, alice, aliceFrom, TicketOutOfSight.ENTITY)).singleElement()
                .satisfies(change -> assertThat(change.entityId()).isEqualTo(Long.toString(ticket.id())));
        assertThat(ChangesSeen.since(api, bob, bobFrom, Ticket.ENTITY)).as("now his").hasSize(1);
        assertThat(ChangesSeen.since(api, bob, bobFrom, TicketOutOfSight.ENTITY)).isEmpty();
        assertThat(ChangesSeen.since(api, carol, carolFrom, Ticket.ENTITY)).as("in both her groups").hasSize(1);
        assertThat(ChangesSeen.since(api, carol, carolFrom, TicketOutOfSight.ENTITY)).isEmpty();
    }
}
