package dev.switchboard.server.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo backend's schedules: seeded once, and a ticket pending for 48 hours is reminded once. */
class DemoSchedulesTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().with(config -> config.withDemoSettings(true));
    final Rules rules = new Rules(backend.api(), () -> backend.token("admin"));

    @Test
    void theDemoRemindsOnceOnATicketPendingFor48Hours() {
        assertThat(backend.api().get(Rules.SCHEDULES, backend.token("admin")).json().findValuesAsText("name"))
                .containsExactly("待回复提醒 Pending 48 h reminder", "自动关闭 Close solved after 7 days");
        Ticket ticket = rules.ticket("Waiting for a photo", "NORMAL");
        rules.patch(ticket.id(), "status", "pending");

        backend.clock().advance(Duration.ofHours(47));
        backend.server().runTicketSchedulesNow();
        rules.signInAgain();
        assertThat(rules.comments(ticket.id())).isEmpty();

        backend.clock().advance(Duration.ofHours(2));
        backend.server().runTicketSchedulesNow();
        backend.clock().advance(Duration.ofHours(1));
        backend.server().runTicketSchedulesNow();
        rules.signInAgain();
        assertThat(rules.comments(ticket.id())).as("reminded once: the tag keeps it from the next runs").hasSize(1);
        assertThat(rules.comments(ticket.id()).get(0).path("body").asText()).startsWith(ticket.number() + " has waited 48 hours");
        assertThat(rules.get(ticket.id()).tags()).containsExactly("reminded");

        backend.restart(config -> config.withDemoSettings(true));
        assertThat(backend.api().get(Rules.SCHEDULES, backend.token("admin")).json()).as("seeded once").hasSize(2);
    }
}
