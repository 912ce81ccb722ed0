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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The ticket list follows the change log in place, and loses no event that arrives while its read is
 * under way; it searches and sorts in the background and shows only the answer to the newest request.
 */
class TicketListModelTest {

    private static final Agent ME = new Agent(7, "alice", "Alice", Role.AGENT, List.of(1L), Map.of(), 3, AgentStatus.ONLINE, true, 1, null);
    private static final TicketTerms TERMS = new TicketTerms(List.of(
            new TicketStatus("new", "New", "新建", StatusKind.NEW, false, 1, true, 1),
            new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
            new TicketStatus("solved", "Solved", "已解决", StatusKind.SOLVED, false, 3, true, 1)), List.of(), TeamSnapshot.EMPTY);

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");
    private static final Requester REQUESTER = new Requester(1, "Li", "li@example.cn", null, null);

    private final ScriptedSource source = new ScriptedSource();
    /** The FX thread and the list's background thread, each running what was handed to it when the test says so. */
    private final ManualExecutor fx = new ManualExecutor();
    private final ManualExecutor background = new ManualExecutor();
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

    @Test
    void anAnswerToAnOlderSearchThatArrivesAfterTheNewerOneIsDropped() {
        TicketListModel queued = loaded(ticket(1, "打印机卡纸 printer jams"), ticket(2, "退款 refund missing"), ticket(3, "invoice title"));

        queued.searchProperty().set("refund");
        background.runAll(); // the answer to "refund" is ready, and waits for the FX thread
        queued.searchProperty().set("invoice");
        background.runAll();
        fx.runLast(); // "invoice" answered first ...
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("invoice title");
        fx.runAll(); // ... then the older "refund" comes: dropped
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("invoice title");

        queued.searchProperty().set("printer");
        queued.searchProperty().set("退款");
        assertThat(background.pending()).as("two searches waiting").isEqualTo(2);
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("退款 refund missing");
    }

    @Test
    void aChangeFromTheChangeLogReachesTheShownRowsOnceIndexedWithoutWorkOnTheFxThread() {
        TicketListModel queued = loaded(ticket(1, "printer jams"), ticket(2, "refund missing"));
        queued.searchProperty().set("printer");
        settle();

        Ticket renamed = new Ticket(1, "T-20261207-0001", "printer jams on the 2nd floor", null, REQUESTER, null, TicketPriority.HIGH, "open", 7L,
                1L, TicketChannel.PHONE, List.of(), null, null, List.of(), Map.of(), 2, 7L, AT, AT.plusSeconds(60), null);
        queued.apply(List.of(new TicketEvent.Changed(renamed), new TicketEvent.Changed(ticket(4, "printer toner"))));
        assertThat(background.pending()).as("a new snapshot to build in the background").isEqualTo(1);
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("printer jams");
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).as("newest change first")
                .containsExactly("printer jams on the 2nd floor", "printer toner");

        queued.apply(List.of(new TicketEvent.OutOfSight(4)));
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("printer jams on the 2nd floor");
    }

    @Test
    void aListSortedByAColumnKeepsItsOrderWhileSearched() {
        TicketListModel queued = loaded(ticket(1, "b refund"), ticket(2, "d refund"), ticket(3, "a printer"), ticket(4, "c refund"));

        queued.sortBy(TicketColumn.SUBJECT, false);
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("a printer", "b refund", "c refund", "d refund");
        queued.searchProperty().set("refund");
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("b refund", "c refund", "d refund");
        queued.sortBy(TicketColumn.SUBJECT, true);
        settle();
        assertThat(queued.shown()).extracting(Ticket::subject).containsExactly("d refund", "c refund", "b refund");
        assertThat(queued.sortProperty().get()).isEqualTo(new TicketListModel.Sort(TicketColumn.SUBJECT, true));
    }

    @Test
    void theSlaAtRiskQueueListsTheSoonestDueFirstAndTheOthersTheNewestChange() {
        TicketListModel queued = new TicketListModel(source, new I18n(Locale.ENGLISH), fx, background, () -> ME, new SimpleObjectProperty<>(TERMS));

        queued.queueProperty().set(TicketQueue.SLA_AT_RISK);
        assertThat(queued.sortProperty().get()).isEqualTo(new TicketListModel.Sort(TicketColumn.SLA, false));
        queued.queueProperty().set(TicketQueue.GROUPS_UNASSIGNED);
        assertThat(queued.sortProperty().get()).isEqualTo(new TicketListModel.Sort(TicketColumn.UPDATED, true));
    }

    /** "Mine" read with these tickets, indexed and shown. */
    private TicketListModel loaded(Ticket... tickets) {
        TicketListModel queued = new TicketListModel(source, new I18n(Locale.ENGLISH), fx, background, () -> ME, new SimpleObjectProperty<>(TERMS));
        queued.reload();
        source.answer.complete(List.of(tickets));
        settle();
        assertThat(queued.shown()).hasSize(tickets.length);
        return queued;
    }

    private void settle() {
        while (fx.pending() + background.pending() > 0) {
            background.runAll();
            fx.runAll();
        }
    }

    /** An open ticket of mine; a higher id changed later. */
    private static Ticket ticket(long id, String subject) {
        return new Ticket(id, "T-20261207-000" + id, subject, null, REQUESTER, null, TicketPriority.NORMAL, "open", 7L, 1L, TicketChannel.PHONE,
                List.of(), null, null, List.of(), Map.of(), 1, 7L, AT, AT.plusSeconds(id), null);
    }

    private static Ticket ticket(long id, String status, Long assignee, long version) {
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        return new Ticket(id, "T-20261207-000" + id, "subject " + id, null, new Requester(1, "Li", "li@example.cn", null, null), null,
                TicketPriority.NORMAL, status, assignee, 1L, TicketChannel.PHONE, List.of(), null, null, List.of(), Map.of(), version, 7L, at, at, null);
    }

    /** Runs nothing by itself: the test runs the tasks handed to it, in order or the newest first. */
    private static final class ManualExecutor implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.addLast(task);
        }

        int pending() {
            return tasks.size();
        }

        /** Runs the tasks waiting and those they hand over, oldest first. */
        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.removeFirst().run();
            }
        }

        /** Runs the newest task waiting, before those handed over earlier. */
        void runLast() {
            tasks.removeLast().run();
        }
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
