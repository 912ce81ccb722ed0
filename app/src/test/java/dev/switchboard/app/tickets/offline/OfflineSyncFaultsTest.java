package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.sync.TicketMutationOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects the zero-loss run found ({@link ZeroLossSyncTest}), each on its own against a real
 * backend and the workstation's real sync code: a pending reminder set offline, and what the backend
 * reported about an edit whose answer was lost.
 */
class OfflineSyncFaultsTest {

    /** Later than when the workstation (its clock is the real one) makes the change: a reminder must be (ADR 0045). */
    private static final Instant REMIND = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(2, ChronoUnit.DAYS);

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final String admin = backend.token("admin");

    @TempDir
    Path home;
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final ApiClient api = new ApiClient();
    private SyncClient alice;

    @AfterEach
    void close() {
        if (alice != null) {
            alice.close();
        }
        api.close();
        io.shutdownNow();
    }

    @Test
    void aPendingReminderSetOfflineReachesTheBackend() {
        Ticket known = ticketOfAlice("打印机卡纸 printer jams");
        alice = client();
        alice.online(false);
        alice.tickets().patch(known.id(), remind(known.version(), REMIND)).join();
        alice.tickets().patch(known.id(), new TicketPatch(known.version(), null, null, null, TicketPriority.HIGH, null, null, null, null, null,
                null, null)).join(); // folds into the entry above
        Ticket made = alice.tickets().create(new NewTicket("退款未到账 refund missing", null, null, new RequesterInput("陈先生", null,
                "13800138000", null), null, null, null, null, null, TicketChannel.PHONE, null, null, null, null, null, null)).join();
        alice.tickets().patch(made.id(), remind(0, REMIND.plusSeconds(60))).join(); // a create has no reminder to fold it into
        assertThat(alice.tickets().ticket(known.id()).join()).map(Ticket::pendingUntil).as("shown before it syncs").contains(REMIND);

        alice.online(true);
        alice.push().join();

        assertThat(alice.tickets().pending().join()).isZero();
        Ticket stored = backend.api().get("/api/v1/tickets/" + known.id(), admin).as(Ticket.class);
        assertThat(stored.pendingUntil()).isEqualTo(REMIND);
        assertThat(stored.priority()).isEqualTo(TicketPriority.HIGH);
        Ticket numbered = alice.tickets().ticket(made.id()).join().orElseThrow();
        assertThat(backend.api().get("/api/v1/tickets/" + numbered.id(), admin).as(Ticket.class).pendingUntil()).isEqualTo(REMIND.plusSeconds(60));
        assertThat(alice.tickets().problems().join()).isEmpty();
    }

    @Test
    void aReminderSetWithAFieldThatConflictsIsStillApplied() {
        Ticket known = ticketOfAlice("快递丢失 parcel lost");
        alice = client();
        alice.tickets().patch(known.id(), new TicketPatch(known.version(), "mine", null, null, null, "pending", null, null, null, null, null,
                null, Optional.of(REMIND))).join();
        ApiResponse theirs = backend.api().patch("/api/v1/tickets/" + known.id(), admin, new TicketPatch(known.version(), "theirs", null, null,
                null, null, null, null, null, null, null, null));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);

        alice.push().join();

        assertThat(alice.tickets().problems().join()).singleElement().extracting(SyncProblem::conflicts).isEqualTo(java.util.List.of("subject"));
        Ticket stored = backend.api().get("/api/v1/tickets/" + known.id(), admin).as(Ticket.class);
        assertThat(stored.status()).isEqualTo("pending");
        assertThat(stored.pendingUntil()).as("merged in with the status, not dropped with the subject").isEqualTo(REMIND);
    }

    @Test
    void aConflictWhoseAnswerWasLostIsStillReported() {
        Ticket known = ticketOfAlice("发票抬头 invoice title");
        alice = client();
        alice.tickets().patch(known.id(), new TicketPatch(known.version(), "mine", null, null, TicketPriority.URGENT, null, null, null, null,
                null, null, null)).join();
        ApiResponse theirs = backend.api().patch("/api/v1/tickets/" + known.id(), admin, TicketPatch.status(known.version(), "open"));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        theirs = backend.api().patch("/api/v1/tickets/" + known.id(), admin, new TicketPatch(known.version() + 1, "theirs", null, null, null,
                null, null, null, null, null, null, null));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);

        alice.crashMidPush(); // the backend merges and answers CONFLICT; the workstation dies before it stores that
        alice.push().join(); // the same entry again: DUPLICATE

        SyncProblem conflict = alice.tickets().problems().join().stream().findFirst().orElseThrow();
        assertThat(conflict.outcome()).isEqualTo(TicketMutationOutcome.CONFLICT);
        assertThat(conflict.conflicts()).containsExactly("subject");
        assertThat(conflict.mutation().patch().subject()).as("mine, to apply again").isEqualTo("mine");
        assertThat(conflict.theirs().subject()).isEqualTo("theirs");
        assertThat(conflict.theirs().priority()).as("the other field was applied").isEqualTo(TicketPriority.URGENT);
        assertThat(alice.tickets().pending().join()).isZero();
    }

    @Test
    void aRefusedReplyWhoseAnswerWasLostIsStillReported() {
        Ticket known = ticketOfAlice("登录失败 cannot sign in");
        alice = client();
        alice.tickets().comment(known.id(), new NewTicketComment(CommentKind.PUBLIC_REPLY, " ", "reply-1")).join();

        alice.crashMidPush(); // refused (a blank reply), and the answer lost
        alice.push().join();

        SyncProblem refused = alice.tickets().problems().join().stream().findFirst().orElseThrow();
        assertThat(refused.outcome()).isEqualTo(TicketMutationOutcome.REJECTED);
        assertThat(refused.problem().type()).isEqualTo(SyncProblem.NOT_THERE_AFTER_A_LOST_ANSWER);
        assertThat(refused.mutation().comment().clientId()).isEqualTo("reply-1");
        assertThat(Arrays.asList(backend.api().get("/api/v1/tickets/" + known.id() + "/comments", admin).as(TicketComment[].class))).isEmpty();
        assertThat(alice.tickets().comments(known.id()).join()).as("gone from the thread, kept in the list of problems").isEmpty();
    }

    private SyncClient client() {
        SyncClient client = new SyncClient("alice", TestBackend.PASSWORD, home, ServerUrl.parse(backend.server().baseUrl()), api, io, 100,
                request -> { });
        client.fill();
        return client;
    }

    private Ticket ticketOfAlice(String subject) {
        ApiResponse made = backend.api().post("/api/v1/tickets", backend.token("alice"), new NewTicket(subject, null, null,
                new RequesterInput("王女士", null, "13900139000", null), null, null, null, null, null, TicketChannel.PHONE, null, null, null,
                null, null, null));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.as(Ticket.class);
    }

    private static TicketPatch remind(long version, Instant until) {
        return new TicketPatch(version, null, null, null, null, "pending", null, null, null, null, null, null, Optional.of(until));
    }
}
