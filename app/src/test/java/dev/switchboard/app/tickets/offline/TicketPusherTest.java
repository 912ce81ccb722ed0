package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.agents.Role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import dev.switchboard.shared.tickets.sync.TicketSyncRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox and its pusher against an in-memory push endpoint ({@link FakeSyncBackend}) and a real
 * H2 cache: edits show at once and wait in order, a ticket made here gets its number, a lost answer
 * or a crash pushes again without doubling anything, conflicts and refusals are kept for the agent.
 */
class TicketPusherTest {

    private static final String ACCOUNT = "http://sb.test|7";
    private static final long ME = 7;

    @TempDir
    Path home;
    private final FakeSyncBackend backend = new FakeSyncBackend();
    private final ExecutorService io = Executors.newCachedThreadPool();
    private CacheDatabase cache;
    private OfflineTickets tickets;

    @BeforeEach
    void open() {
        openCache();
    }

    @AfterEach
    void close() {
        cache.close();
        io.shutdownNow();
    }

    @Test
    void anEditShowsAtOnceAndWaitsInTheOutbox() {
        Ticket made = tickets.create(newTicket("打印机卡纸 printer jams")).join();
        assertThat(made.id()).as("provisional").isNegative();
        assertThat(made.number()).isEqualTo("Offline " + -made.id());
        assertThat(made.assigneeId()).as("an agent's own ticket is theirs").isEqualTo(ME);

        Ticket changed = tickets.patch(made.id(), TicketPatch.status(0, "open")).join();
        tickets.comment(made.id(), new NewTicketComment(CommentKind.PUBLIC_REPLY, "您好，我们已收到。", "c-1")).join();

        assertThat(changed.status()).isEqualTo("open");
        assertThat(tickets.tickets().join()).extracting(Ticket::subject, Ticket::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("打印机卡纸 printer jams", "open"));
        assertThat(tickets.comments(made.id()).join()).extracting(TicketComment::body).containsExactly("您好，我们已收到。");
        assertThat(tickets.pending().join()).as("the status folded into the create; the reply waits").isEqualTo(2);
    }

    @Test
    void anAdministratorsTicketMadeHereIsNobodysAsTheBackendMakesIt() {
        // the backend leaves an administrator's ticket without group and assignee unassigned (they see every ticket):
        // shown as the agent's own, it left the agent's queue the moment it synced
        cache.close();
        cache = CacheDatabase.open(home, Clock.systemUTC(), "db/tickets");
        tickets = new OfflineTickets(cache, ACCOUNT, ME, "Admin", Role.ADMIN, Clock.systemUTC(), n -> "Offline " + n);
        Ticket made = tickets.create(newTicket("管理员建单 made by an administrator")).join();
        assertThat(made.assigneeId()).isNull();
    }

    @Test
    void theOutboxIsPushedInOrderAndATicketMadeHereGetsItsNumber() {
        Ticket known = keep(backend.add(ticket(7, "open", 3)));
        Ticket made = tickets.create(newTicket("退款未到账 refund missing")).join();
        tickets.comment(made.id(), new NewTicketComment(CommentKind.INTERNAL_NOTE, "先查银行流水", "c-2")).join();
        tickets.patch(known.id(), new TicketPatch(3L, null, null, null, TicketPriority.HIGH, null, null, null, null, null, null, null)).join();

        pusher(500).push().join();

        TicketSyncRequest sent = backend.requests.get(0);
        assertThat(sent.mutations()).extracting(TicketMutation::kind)
                .containsExactly(TicketMutationKind.CREATE, TicketMutationKind.COMMENT, TicketMutationKind.PATCH);
        assertThat(sent.mutations()).extracting(TicketMutation::mutationId).isSorted();
        assertThat(sent.mutations().get(1).localKey()).as("a comment to a ticket made here names its local key")
                .isEqualTo(sent.mutations().get(0).localKey());
        assertThat(tickets.pending().join()).isZero();
        Ticket numbered = tickets.tickets().join().stream().filter(t -> t.subject().startsWith("退款")).findFirst().orElseThrow();
        assertThat(numbered.id()).isPositive();
        assertThat(numbered.number()).startsWith("T-20261207-");
        assertThat(tickets.ticket(made.id()).join()).as("the provisional id now names the numbered ticket").map(Ticket::id)
                .contains(numbered.id());
        assertThat(tickets.comments(numbered.id()).join()).extracting(TicketComment::body, TicketComment::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("先查银行流水", 1L));
        assertThat(tickets.ticket(7).join()).map(Ticket::priority).contains(TicketPriority.HIGH);
        assertThat(tickets.ticket(7).join()).map(Ticket::version).contains(4L);
    }

    @Test
    void aChangeToATicketMadeHereWhileItsCreateIsPushedIsMadeFromTheVersionTheCreateMade() {
        Ticket made = tickets.create(newTicket("发票抬头 invoice title")).join();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        TicketPusher pusher = new TicketPusher(tickets, Clock.systemUTC(), request -> {
            if (request.mutations().get(0).kind() == TicketMutationKind.CREATE) {
                sending.countDown();
                await(changed);
            }
            return backend.push(request);
        }, io, progress -> { });
        var run = pusher.push();
        await(sending);
        // the create is under way: this change cannot fold into it and waits as an entry of its own
        tickets.patch(made.id(), TicketPatch.status(0, "pending")).join();
        changed.countDown();
        run.join();
        pusher.push().join();

        TicketMutation patch = backend.requests.get(1).mutations().get(0);
        assertThat(patch.kind()).isEqualTo(TicketMutationKind.PATCH);
        assertThat(patch.localKey()).isEqualTo(backend.requests.get(0).mutations().get(0).localKey());
        assertThat(patch.patch().version()).as("the version the create made").isEqualTo(1L);
        assertThat(backend.tickets.values()).extracting(Ticket::status).containsExactly("pending");
        assertThat(tickets.pending().join()).isZero();
    }

    @Test
    void anAnswerLostOrACrashBeforeItWasStoredPushesAgainWithoutDoublingAnything() {
        Ticket made = tickets.create(newTicket("登录失败 cannot sign in")).join();
        tickets.comment(made.id(), new NewTicketComment(CommentKind.PUBLIC_REPLY, "请清除缓存后再试", "c-3")).join();
        backend.loseNextAnswer = true;

        pusher(500).push().join();
        assertThat(backend.tickets).hasSize(1);
        assertThat(tickets.pending().join()).as("entries stay until their result is stored").isEqualTo(2);

        // the workstation dies and starts again on the same cache
        cache.close();
        openCache();
        pusher(500).push().join();

        assertThat(backend.requests).hasSize(2);
        assertThat(backend.tickets).as("made once").hasSize(1);
        assertThat(backend.comments).as("replied once").hasSize(1);
        assertThat(tickets.pending().join()).isZero();
        Ticket numbered = tickets.tickets().join().get(0);
        assertThat(numbered.number()).startsWith("T-");
        assertThat(tickets.comments(numbered.id()).join()).extracting(TicketComment::body).containsExactly("请清除缓存后再试");
        assertThat(backend.requests.get(0).clientId()).as("one client id per account and device").isEqualTo(backend.requests.get(1).clientId());
    }

    @Test
    void aConflictKeepsTheLosingValuesAndTheRestIsApplied() {
        keep(backend.add(ticket(9, "open", 2)));
        tickets.patch(9, new TicketPatch(2L, null, null, null, TicketPriority.URGENT, "pending", null, null, null, null, null, null)).join();
        backend.changeElsewhere(9, TicketPatch.status(2, "solved"));

        pusher(500).push().join();

        List<SyncProblem> problems = problems();
        assertThat(problems).hasSize(1);
        SyncProblem conflict = problems.get(0);
        assertThat(conflict.outcome()).isEqualTo(TicketMutationOutcome.CONFLICT);
        assertThat(conflict.conflicts()).containsExactly("status");
        assertThat(conflict.mutation().patch().status()).as("mine").isEqualTo("pending");
        assertThat(conflict.theirs().status()).as("theirs").isEqualTo("solved");
        Ticket now = tickets.ticket(9).join().orElseThrow();
        assertThat(now.status()).isEqualTo("solved");
        assertThat(now.priority()).as("the other field was applied").isEqualTo(TicketPriority.URGENT);
        assertThat(tickets.pending().join()).isZero();
    }

    @Test
    void aRefusedEditIsKeptWithWhatWasTypedAndItsTicketMadeHereLeaves() {
        Ticket made = tickets.create(newTicket("无主题 refused")).join();
        backend.refuse = mutation -> mutation.kind() == TicketMutationKind.CREATE;
        List<TicketCacheEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        tickets.listen(heard::addAll);

        pusher(500).push().join();

        SyncProblem refused = problems().get(0);
        assertThat(refused.outcome()).isEqualTo(TicketMutationOutcome.REJECTED);
        assertThat(refused.mutation().create().subject()).isEqualTo("无主题 refused");
        assertThat(refused.problem().detail()).isEqualTo("refused by the test");
        assertThat(tickets.tickets().join()).isEmpty();
        assertThat(heard).contains(new TicketCacheEvent.Gone(made.id()));
    }

    @Test
    void aLongOutboxGoesInBatchesOneAtATime() throws Exception {
        keep(backend.add(ticket(11, "open", 1)));
        for (int i = 0; i < 5; i++) {
            tickets.comment(11, new NewTicketComment(CommentKind.INTERNAL_NOTE, "note " + i, "n-" + i)).join();
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        TicketPusher pusher = new TicketPusher(tickets, Clock.systemUTC(), request -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            await(release);
            try {
                return backend.push(request);
            } finally {
                running.decrementAndGet();
            }
        }, io, progress -> { }, 2);
        var first = pusher.push();
        var second = pusher.push();
        release.countDown();
        first.join();
        second.join();

        assertThat(most.get()).as("never two pushes at once").isEqualTo(1);
        assertThat(backend.requests).extracting(request -> request.mutations().size()).containsExactly(2, 2, 1);
        assertThat(backend.comments).extracting(TicketComment::body).containsExactly("note 0", "note 1", "note 2", "note 3", "note 4");
        assertThat(tickets.pending().join()).isZero();
    }

    @Test
    void twoChangesOfATicketNotPushedYetAreOneEntry() {
        keep(ticket(12, "open", 5));
        tickets.patch(12, TicketPatch.status(5, "pending")).join();
        tickets.patch(12, new TicketPatch(5L, null, null, null, TicketPriority.LOW, "open", null, null, null, null, null, null)).join();

        assertThat(tickets.pending().join()).isEqualTo(1);
        assertThat(tickets.ticket(12).join()).map(Ticket::priority).contains(TicketPriority.LOW);
        backend.add(ticket(12, "open", 5));
        pusher(500).push().join();
        TicketPatch sent = backend.requests.get(0).mutations().get(0).patch();
        assertThat(sent.version()).isEqualTo(5L);
        assertThat(sent.status()).as("the later value").isEqualTo("open");
        assertThat(sent.priority()).isEqualTo(TicketPriority.LOW);
        assertThat(problems()).as("no conflict with one's own change").isEmpty();
    }

    @Test
    void anUnreachableBackendLeavesEverythingForTheNextTry() {
        tickets.create(newTicket("网络断开 offline")).join();
        backend.down = true;
        pusher(500).push().join();
        assertThat(tickets.pending().join()).isEqualTo(1);
        backend.down = false;
        pusher(500).push().join();
        assertThat(tickets.pending().join()).isZero();
        assertThat(backend.tickets).hasSize(1);
    }

    private void openCache() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), "db/tickets");
        tickets = new OfflineTickets(cache, ACCOUNT, ME, "Alice", Role.AGENT, Clock.systemUTC(), n -> "Offline " + n);
    }

    private TicketPusher pusher(int batch) {
        return new TicketPusher(tickets, Clock.systemUTC(), backend::push, io, progress -> { }, batch);
    }

    private List<SyncProblem> problems() {
        return cache.transaction(handle -> SyncProblemRows.all(handle, ACCOUNT)).join();
    }

    private Ticket keep(Ticket ticket) {
        tickets.keep(List.of(ticket)).join();
        return ticket;
    }

    private static NewTicket newTicket(String subject) {
        return new NewTicket(subject, "说明", null, new RequesterInput("陈先生", null, "13800138000", null), null, null, null, null, null,
                TicketChannel.PHONE, null, null, null, null, null, null);
    }

    static Ticket ticket(long id, String status, long version) {
        return new Ticket(id, "T-20261201-00" + id, "ticket " + id, null, null, null, TicketPriority.NORMAL, status, ME, null,
                TicketChannel.PHONE, List.of(), null, null, List.of(), java.util.Map.of(), version, ME, Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"), null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
