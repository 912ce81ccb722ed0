package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The ticket list follows the change log in place, and loses no event that arrives while its read is under way. */
class TicketListModelTest {

    private static final Agent ME = new Agent(7, "alice", "Alice", Role.AGENT, List.of(1L), Map.of(), 3, AgentStatus.ONLINE, true, 1, null);
    private static final TicketTerms TERMS = new TicketTerms(List.of(
            new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
            new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
            new TicketStatus("solved", "Solved", "已解决", StatusKind.SOLVED, false, 3, true, 1)), List.of(), TeamSnapshot.EMPTY);

    private final ScriptedSource source = new ScriptedSource();
    private final TicketListModel list = new TicketListModel(source, new I18n(Locale.ENGLISH), Runnable::run, Runnable::run, () -> ME,
            new SimpleObjectProperty<>(TERMS));

    @Test
    void aChangeThatArrivesWhileTheQueueIsReadIsAppliedOnTopOfTheRead() {
        list.reload();
        // the read started before ticket 2 was made and ticket 1 solved; their changes come first
        list.apply(List.of(new TicketEvent.Changed(ticket(2, "new", 7L, 1)), new TicketEvent.Changed(ticket(1, "solved", 7L, 2))));
        source.answer.complete(List.of(ticket(1, "open", 7L, 1)));

        assertThat(list.shown()).extracting(Ticket::id).containsExactly(2L);
    }

    @Test
    void aTicketThatNoLongerBelongsLeavesAndAnOlderVersionDoesNotOverwriteANewerOne() {
        list.reload();
        source.answer.complete(List.of(ticket(1, "open", 7L, 3), ticket(2, "open", 7L, 1)));

        list.apply(List.of(new TicketEvent.Changed(ticket(1, "open", 7L, 2)), new TicketEvent.Changed(ticket(2, "open", 8L, 2))));
        assertThat(list.shown()).extracting(Ticket::id, Ticket::version).containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 3L));
        list.apply(List.of(new TicketEvent.OutOfSight(1)));
        assertThat(list.shown()).isEmpty();
    }

    private static Ticket ticket(long id, String status, Long assignee, long version) {
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        return new Ticket(id, "T-20261207-000" + id, "subject " + id, null, new Requester(1, "Li", "li@example.cn", null, null), null,
                TicketPriority.NORMAL, status, assignee, 1L, TicketChannel.PHONE, List.of(), null, null, List.of(), Map.of(), version, 7L, at, at, null);
    }

    /** Answers the list read when the test says so; nothing else is asked. */
    private static final class ScriptedSource implements TicketSource {
        final CompletableFuture<List<Ticket>> answer = new CompletableFuture<>();

        @Override
        public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
            return answer;
        }

        @Override
        public CompletableFuture<Ticket> get(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<TicketComment>> comments(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<TicketHistoryEntry>> history(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Ticket> create(NewTicket ticket) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Ticket> createFromChat(long conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<TicketComment> comment(long ticketId, NewTicketComment comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<TicketStatus>> statuses() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<TicketCategory>> categories() {
            throw new UnsupportedOperationException();
        }
    }
}
