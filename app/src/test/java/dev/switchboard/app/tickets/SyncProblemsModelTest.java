package dev.switchboard.app.tickets;

import dev.switchboard.shared.agents.Role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.tickets.offline.OfflineTicketCache;
import dev.switchboard.app.tickets.offline.OfflineTickets;
import dev.switchboard.app.tickets.offline.SyncProblem;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge view's model: a synced conflict shows each losing field both ways in words; "apply mine
 * again" sends only those fields, from the ticket's current version; a refusal shows what was typed
 * and why; only the agent's choice takes one off the list.
 */
class SyncProblemsModelTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path home;
    private CacheDatabase cache;

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aConflictShowsBothSidesAndMineIsAppliedAgainFromTheCurrentVersion() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        OfflineTickets tickets = new OfflineTickets(cache, "a", 7, "Alice", Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
        Ticket theirs = ticket(9, "solved", TicketPriority.URGENT, 3);
        tickets.keep(List.of(ticket(9, "solved", TicketPriority.URGENT, 4))).join();
        TicketPatch mine = new TicketPatch(2L, null, null, null, TicketPriority.URGENT, "pending", null, null, null, null, null, null);
        SyncProblem conflict = new SyncProblem(5, TicketMutationOutcome.CONFLICT, 9L, TicketMutation.patch(5, 9L, null, mine, AT),
                List.of("status"), theirs, null, AT);
        List<TicketPatch> sent = new CopyOnWriteArrayList<>();
        SyncProblemsModel model = model(tickets, sent);

        assertThat(model.sides(conflict)).containsExactly(new SyncProblemsModel.Sides("status", "Status", "Pending", "Solved"));
        assertThat(model.title(conflict)).isEqualTo("T-20261201-009 ticket 9: changed on the server meanwhile");

        model.reapplyMine(conflict);
        await(() -> !sent.isEmpty());
        assertThat(sent).hasSize(1);
        TicketPatch again = sent.get(0);
        assertThat(again.version()).as("from the version the cache has now").isEqualTo(4L);
        assertThat(again.status()).isEqualTo("pending");
        assertThat(again.priority()).as("the field that was applied is not sent again").isNull();
    }

    @Test
    void aRefusalShowsWhatWasTypedAndWhy() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        OfflineTickets tickets = new OfflineTickets(cache, "a", 7, "Alice", Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
        SyncProblem refused = new SyncProblem(6, TicketMutationOutcome.REJECTED, 9L,
                TicketMutation.comment(6, 9L, null, new NewTicketComment(CommentKind.PUBLIC_REPLY, "您好，已退款。", "c"), AT), List.of(), null,
                new Problem("about:blank", "Not found", 404, "No ticket 9", List.of()), AT);
        SyncProblemsModel model = model(tickets, new CopyOnWriteArrayList<>());

        assertThat(model.refusal(refused)).isEqualTo("您好，已退款。\nRefused: No ticket 9");
        assertThat(model.sides(refused)).isEmpty();
    }

    @Test
    void aConflictOnTheSubjectAndTheReminderShowsBothValuesAndMineGoesAgainWhole() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        OfflineTickets tickets = new OfflineTickets(cache, "a", 7, "Alice", Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
        Instant theirReminder = Instant.parse("2026-12-08T09:00:00Z");
        Instant myReminder = Instant.parse("2026-12-09T09:00:00Z");
        Ticket base = ticket(9, "pending", TicketPriority.NORMAL, 4);
        Ticket theirs = new Ticket(9, base.number(), "打印机卡纸 theirs", null, null, null, TicketPriority.NORMAL, "pending", 7L, null,
                TicketChannel.PHONE, List.of(), null, null, List.of(), Map.of(), 4, 7L, AT, AT, null, theirReminder);
        tickets.keep(List.of(theirs)).join();
        TicketPatch mine = new TicketPatch(2L, "打印机卡纸 mine", null, null, null, null, null, null, null, null, null, null,
                java.util.Optional.of(myReminder));
        SyncProblem conflict = new SyncProblem(5, TicketMutationOutcome.CONFLICT, 9L, TicketMutation.patch(5, 9L, null, mine, AT),
                List.of("subject", "pendingUntil"), theirs, null, AT);
        List<TicketPatch> sent = new CopyOnWriteArrayList<>();
        SyncProblemsModel model = model(tickets, sent);

        assertThat(model.sides(conflict)).as("the reminders in the agent's zone (Shanghai, UTC+8) and language").containsExactly(
                new SyncProblemsModel.Sides("subject", "Subject", "打印机卡纸 mine", "打印机卡纸 theirs"),
                new SyncProblemsModel.Sides("pendingUntil", "Remind on", "Dec 9, 2026, 5:00 PM", "Dec 8, 2026, 5:00 PM"));
        assertThat(model(tickets, sent, Locale.SIMPLIFIED_CHINESE).sides(conflict)).element(1)
                .isEqualTo(new SyncProblemsModel.Sides("pendingUntil", "提醒时间", "2026年12月9日 下午5:00", "2026年12月8日 下午5:00"));

        model.reapplyMine(conflict);
        await(() -> !sent.isEmpty());
        assertThat(sent.get(0).subject()).isEqualTo("打印机卡纸 mine");
        assertThat(sent.get(0).pendingUntil()).as("the reminder is sent again too").contains(myReminder);
    }

    @Test
    void theMergeViewOpensByItselfForAProblemTheAgentHasNotSeen() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        OfflineTickets tickets = new OfflineTickets(cache, "a", 7, "Alice", Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
        TicketSyncStatus status = new TicketSyncStatus(tickets, Runnable::run);
        SyncProblemsModel model = new SyncProblemsModel(tickets, new SimpleObjectProperty<>(TicketTerms.EMPTY), null, status,
                new I18n(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"), Runnable::run);
        TicketPatch mine = TicketPatch.status(2, "pending");
        SyncProblem first = new SyncProblem(5, TicketMutationOutcome.CONFLICT, 9L, TicketMutation.patch(5, 9L, null, mine, AT),
                List.of("status"), ticket(9, "solved", TicketPriority.NORMAL, 3), null, AT);
        assertThat(model.openProperty().get()).isFalse();

        status.problems().setAll(first);
        assertThat(model.openProperty().get()).as("a conflict found on reconnecting").isTrue();
        model.openProperty().set(false);
        status.problems().setAll(first);
        assertThat(model.openProperty().get()).as("read again, not new: closed as the agent left it").isFalse();
        SyncProblem second = new SyncProblem(8, TicketMutationOutcome.CONFLICT, 9L, TicketMutation.patch(8, 9L, null, mine, AT),
                List.of("status"), ticket(9, "solved", TicketPriority.NORMAL, 4), null, AT);
        status.problems().setAll(first, second);
        assertThat(model.openProperty().get()).as("a new one").isTrue();
        status.problems().clear();
        assertThat(model.openProperty().get()).as("nothing left to decide").isFalse();
    }

    private SyncProblemsModel model(OfflineTickets tickets, List<TicketPatch> sent) {
        return model(tickets, sent, Locale.ENGLISH);
    }

    private SyncProblemsModel model(OfflineTickets tickets, List<TicketPatch> sent, Locale locale) {
        I18n i18n = new I18n(locale);
        TicketStatus pending = new TicketStatus("pending", "Pending", "待处理", StatusKind.WAITING, true, 3, true, 1);
        TicketStatus solved = new TicketStatus("solved", "Solved", "已解决", StatusKind.SOLVED, false, 5, true, 1);
        TicketTerms terms = new TicketTerms(List.of(pending, solved), List.of(), TeamSnapshot.EMPTY);
        OfflineTicketSource source = new OfflineTicketSource(null, tickets, null, () -> false, 7);
        TicketSyncStatus status = new TicketSyncStatus(tickets, Runnable::run);
        return new SyncProblemsModel(tickets, new SimpleObjectProperty<>(terms), new RecordingSource(source, sent), status, i18n,
                ZoneId.of("Asia/Shanghai"), Runnable::run);
    }

    /** Records the changes sent instead of queueing them. */
    private record RecordingSource(TicketSource delegate, List<TicketPatch> sent) implements TicketSource {
        @Override
        public CompletableFuture<List<Ticket>> list(TicketFilter filter) {
            return delegate.list(filter);
        }

        @Override
        public CompletableFuture<Ticket> get(long id) {
            return delegate.get(id);
        }

        @Override
        public CompletableFuture<List<dev.switchboard.shared.tickets.TicketComment>> comments(long ticketId) {
            return delegate.comments(ticketId);
        }

        @Override
        public CompletableFuture<List<dev.switchboard.shared.tickets.TicketHistoryEntry>> history(long ticketId) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Ticket> create(dev.switchboard.shared.tickets.NewTicket ticket) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Ticket> createFromChat(long conversationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Ticket> patch(long id, TicketPatch patch) {
            sent.add(patch);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<dev.switchboard.shared.tickets.TicketComment> comment(long ticketId, NewTicketComment comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<TicketStatus>> statuses() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<List<dev.switchboard.shared.tickets.TicketCategory>> categories() {
            return CompletableFuture.completedFuture(List.of());
        }
    }

    /** Polls for what the cache's thread does, with a deadline. */
    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static Ticket ticket(long id, String status, TicketPriority priority, long version) {
        return new Ticket(id, "T-20261201-00" + id, "ticket " + id, null, null, null, priority, status, 7L, null, TicketChannel.PHONE,
                List.of(), null, null, List.of(), Map.of(), version, 7L, AT, AT, null);
    }
}
