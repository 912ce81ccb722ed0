package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Rules.AFTERSALES;
import static dev.switchboard.server.triggers.Rules.PRESALES;
import static dev.switchboard.server.triggers.Rules.body;
import static dev.switchboard.server.triggers.Rules.condition;
import static dev.switchboard.server.triggers.Rules.set;
import static dev.switchboard.server.triggers.Rules.tags;
import static dev.switchboard.server.triggers.Rules.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.triggers.TicketNotification;
import java.time.Duration;
import dev.switchboard.shared.tickets.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Triggers over HTTP: what they do to tickets, their history, and why they cannot loop. */
class TicketTriggersTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Rules rules = new Rules(backend.api(), () -> backend.token("admin"));

    @Test
    void aTriggerMovesUrgentTicketsToAGroupAndTagsThemInTheRulesName() {
        rules.trigger(body("name", "Urgent to after-sales", "events", List.of("CREATED"),
                "conditions", List.of(condition("priority", "IS", "URGENT")),
                "actions", List.of(set("groupId", AFTERSALES), tags("ADD_TAGS", "urgent"))));

        Ticket urgent = rules.ticket("Server down", "URGENT");
        Ticket normal = rules.ticket("A question", "NORMAL");

        assertThat(urgent.groupId()).as("the answer shows what the rule did").isEqualTo(AFTERSALES);
        assertThat(urgent.tags()).containsExactly("urgent");
        assertThat(urgent.version()).as("the rule's change is one version").isEqualTo(2);
        assertThat(rules.history(urgent.id())).containsExactly("created by a person", "groupId by Urgent to after-sales",
                "tags by Urgent to after-sales");
        assertThat(rules.get(normal.id()).groupId()).isEqualTo(PRESALES);
        assertThat(rules.get(normal.id()).tags()).isEmpty();
    }

    @Test
    void aRulesChangeRunsNoRulesByDefaultAndChainsExactlyOnceAtDepthOne() {
        rules.trigger(body("name", "Urgent to after-sales", "events", List.of("CREATED"),
                "conditions", List.of(condition("priority", "IS", "URGENT")), "actions", List.of(set("groupId", AFTERSALES))));
        rules.trigger(body("name", "Tag the moved", "events", List.of("UPDATED"),
                "conditions", List.of(condition("groupId", "CHANGED")), "actions", List.of(tags("ADD_TAGS", "moved"))));
        rules.trigger(body("name", "Tag the tagged", "events", List.of("UPDATED"),
                "conditions", List.of(condition("tags", "CHANGED")), "actions", List.of(tags("ADD_TAGS", "second-hop"))));

        Ticket atDepthZero = rules.ticket("Depth 0", "URGENT");
        assertThat(atDepthZero.groupId()).isEqualTo(AFTERSALES);
        assertThat(atDepthZero.tags()).as("the group the rule set ran no rule").isEmpty();

        rules.chainDepth(1);
        Ticket atDepthOne = rules.ticket("Depth 1", "URGENT");
        assertThat(atDepthOne.tags()).as("one hop: the move tagged it, the tag ran nothing").containsExactly("moved");
        assertThat(rules.history(atDepthOne.id())).containsExactly("created by a person", "groupId by Urgent to after-sales",
                "tags by Tag the moved");

        rules.chainDepth(2);
        assertThat(rules.ticket("Depth 2", "URGENT").tags()).containsExactly("moved", "second-hop");
    }

    @Test
    void twoRulesThatUndoEachOtherRunOnceEachAndStop() {
        rules.chainDepth(3);
        rules.trigger(body("name", "Ping to pong", "conditions", List.of(condition("tags", "CONTAINS", "ping")),
                "actions", List.of(tags("REMOVE_TAGS", "ping"), tags("ADD_TAGS", "pong"))));
        rules.trigger(body("name", "Pong to ping", "conditions", List.of(condition("tags", "CONTAINS", "pong")),
                "actions", List.of(tags("REMOVE_TAGS", "pong"), tags("ADD_TAGS", "ping"))));
        Ticket ticket = rules.ticket("Ping-pong", "NORMAL");

        Ticket after = rules.patch(ticket.id(), "tags", List.of("ping"));

        assertThat(after.tags()).as("pong by the first rule, ping again by the second, then neither may run again").containsExactly("ping");
        assertThat(rules.history(ticket.id())).containsExactly("created by a person", "tags by a person", "tags by Ping to pong",
                "tags by Pong to ping");
    }

    @Test
    void anAgentsCommentRunsAnUpdateTriggerWhoseNoteIsTemplatedAndRunsNothing() {
        rules.trigger(body("name", "Answered", "events", List.of("UPDATED"), "conditions", List.of(condition("comment", "IS", "AGENT")),
                "actions", List.of(text("NOTE", "{{number}} ({{subject}}) got an answer"), set("status", "open"))));
        Ticket ticket = rules.ticket("Where is my parcel", "NORMAL");

        assertThat(backend.api().post("/api/v1/tickets/" + ticket.id() + "/comments", backend.token("admin"),
                body("kind", "PUBLIC_REPLY", "body", "It is on its way")).status()).isEqualTo(201);

        var comments = rules.comments(ticket.id());
        assertThat(comments).hasSize(2);
        assertThat(comments.get(1).path("body").asText()).isEqualTo(ticket.number() + " (Where is my parcel) got an answer");
        assertThat(comments.get(1).path("authorName").asText()).isEqualTo("Answered");
        assertThat(comments.get(1).path("kind").asText()).isEqualTo("INTERNAL_NOTE");
        assertThat(rules.get(ticket.id()).status()).isEqualTo("open");
        assertThat(rules.history(ticket.id())).containsExactly("created by a person", "status by Answered");
    }

    @Test
    void aChangeTheTicketRefusesIsSkippedAndThePersonsChangeStands() {
        // new -> closed is not a move a ticket may make: the rule's change is refused, the ticket is made anyway
        rules.trigger(body("name", "Close at once", "events", List.of("CREATED"), "conditions", List.of(),
                "actions", List.of(set("status", "closed"), text("NOTE", "tried to close"))));

        Ticket ticket = rules.ticket("Still here", "NORMAL");

        assertThat(ticket.status()).isEqualTo("new");
        assertThat(rules.history(ticket.id())).containsExactly("created by a person");
        assertThat(rules.comments(ticket.id()).get(0).path("body").asText()).isEqualTo("tried to close");
    }

    @Test
    void notificationsReachTheAssigneeAndNoMoreThanTheHourlyCapPerTicket() {
        String alice = backend.token("alice");
        long aliceId = backend.api().get("/api/v1/auth/me", alice).json().path("id").asLong();
        JsonNode settings = backend.api().get(Rules.TRIGGERS + "/settings", backend.token("admin")).json();
        assertThat(rules.put(Rules.TRIGGERS + "/settings", body("chainDepth", 0, "notificationsPerHour", 2,
                "version", settings.path("version").asLong())).status()).isEqualTo(200);
        rules.trigger(body("name", "Tell the assignee", "events", List.of("UPDATED"), "conditions", List.of(condition("comment", "IS", "AGENT")),
                "actions", List.of(text("NOTIFY", "{{number}} has a new comment"))));
        Ticket ticket = rules.ticket("Busy ticket", "NORMAL");
        rules.patch(ticket.id(), "assigneeId", aliceId);
        long cursor = ChangesSeen.cursor(backend.api(), alice);

        for (int i = 0; i < 3; i++) {
            assertThat(backend.api().post("/api/v1/tickets/" + ticket.id() + "/comments", alice, body("body", "note " + i)).status())
                    .isEqualTo(201);
        }
        List<Change> told = ChangesSeen.since(backend.api(), alice, cursor, TicketNotification.ENTITY);
        assertThat(told).as("two within the hour, the third dropped").hasSize(2);
        assertThat(told.get(0).data().path("text").asText()).isEqualTo(ticket.number() + " has a new comment");
        assertThat(ChangesSeen.since(backend.api(), backend.token("carol"), cursor, TicketNotification.ENTITY))
                .as("for the assignee only").isEmpty();

        backend.clock().advance(Duration.ofMinutes(61));
        String aliceAgain = backend.token("alice");
        assertThat(backend.api().post("/api/v1/tickets/" + ticket.id() + "/comments", aliceAgain, body("body", "later")).status()).isEqualTo(201);
        assertThat(ChangesSeen.since(backend.api(), aliceAgain, cursor, TicketNotification.ENTITY)).as("a new hour").hasSize(3);
    }
}
