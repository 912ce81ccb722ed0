package dev.switchboard.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo backend starts with a handful of tickets the demo team can work, once. */
class DemoTicketsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().with(config -> config.withDemoSettings(true));

    @Test
    void theDemoHasTicketsForEachGroupAndSeedsThemOnce() {
        TicketPage all = backend.api().get("/api/v1/tickets", backend.token("admin")).as(TicketPage.class);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.tickets()).extracting(Ticket::status).contains("pending", "solved", "new");
        assertThat(backend.api().get("/api/v1/tickets", backend.token("bob")).as(TicketPage.class).total()).as("bob's after-sales tickets")
                .isEqualTo(2);
        Ticket pending = all.tickets().stream().filter(ticket -> ticket.status().equals("pending")).findFirst().orElseThrow();
        assertThat(backend.api().get("/api/v1/tickets/" + pending.id() + "/comments", backend.token("bob")).as(TicketComment[].class)).hasSize(2);

        backend.restart();
        assertThat(backend.api().get("/api/v1/tickets", backend.token("admin")).as(TicketPage.class).total()).isEqualTo(4);
    }
}
