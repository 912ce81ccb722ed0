package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The off-FX-thread snapshot finds what the list model's search finds, and sorts as the table would, ties by id in the same direction. */
class TicketListIndexTest {

    private static final TicketTerms TERMS = new TicketTerms(List.of(
            new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
            new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
            new TicketStatus("pending", "Pending", "待回复", StatusKind.WAITING, true, 3, true, 1)), List.of(),
            TeamSnapshot.of(List.of(new Agent(1, "agent01", "Agent 01", Role.AGENT, List.of(1L), Map.of(), 8, AgentStatus.ONLINE, true, 1, null),
                    new Agent(2, "agent02", "Agent 02", Role.AGENT, List.of(1L), Map.of(), 8, AgentStatus.ONLINE, true, 1, null)),
                    List.of(new Group(1, "Group 1", "", 1)), 1));
    private final List<Ticket> tickets = TicketListBenchmark.tickets(2_000, new Random(5));

    @Test
    void aSearchFindsExactlyWhatTheListModelsSearchFinds() {
        TicketListModel model = new TicketListModel(new TicketListBenchmark.ListSource(tickets), new I18n(Locale.ENGLISH),
                Runnable::run, () -> TERMS.team().agents().get(1L), new SimpleObjectProperty<>(TERMS));
        model.queueProperty().set(TicketQueue.ALL_OPEN);
        model.reload();
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);

        for (String search : List.of("", "王", "REFUND", tickets.get(700).number(), " agent 02 ", "nothing like this")) {
            model.searchProperty().set(search);
            assertThat(index.query(search, TicketListIndex.Order.NUMBER, false)).as(search)
                    .containsExactlyInAnyOrderElementsOf(model.shown());
        }
        assertThat(index.query("REFUND", TicketListIndex.Order.NUMBER, false)).isNotEmpty();
    }

    @Test
    void anOrderSortsByItsKeyThenById() {
        TicketListIndex index = TicketListIndex.of(tickets, TERMS);

        List<Ticket> byPriority = index.query("", TicketListIndex.Order.PRIORITY, true);
        assertThat(byPriority).isSortedAccordingTo(Comparator.comparing(Ticket::priority).thenComparingLong(Ticket::id).reversed());
        assertThat(byPriority.get(0).priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(index.query("", TicketListIndex.Order.UPDATED, true)).isSortedAccordingTo(Comparator.comparing(Ticket::updatedAt)
                .thenComparingLong(Ticket::id).reversed());
        assertThat(index.query("refund", TicketListIndex.Order.UPDATED, false)).isSortedAccordingTo(Comparator.comparing(Ticket::updatedAt)
                .thenComparingLong(Ticket::id));
        assertThat(index.query("", TicketListIndex.Order.ASSIGNEE, false)).extracting(ticket -> TERMS.agent(ticket.assigneeId()))
                .isSorted();
    }
}
