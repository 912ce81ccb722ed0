package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent's later change of a ticket made offline is never undone by an earlier one: when a change
 * had to wait as an entry of its own (its create was being pushed), the next change folds into that
 * entry, not into the create before it.
 */
class OutboxOrderTest {

    @TempDir
    Path home;
    private final FakeSyncBackend backend = new FakeSyncBackend();
    private final ExecutorService io = Executors.newCachedThreadPool();
    private CacheDatabase cache;

    @AfterEach
    void close() {
        cache.close();
        io.shutdownNow();
    }

    @Test
    void aChangeAfterAFailedPushIsNotUndoneByTheChangeMadeDuringIt() throws Exception {
        cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        OfflineTickets tickets = SyncClient.offlineTickets(cache, "http://sb.test|7", 7, "Alice");
        Ticket made = tickets.create(new NewTicket("网络断开 offline", null, null, new RequesterInput("陈先生", null, "13800138000", null), null,
                null, null, null, null, TicketChannel.PHONE, null, null, null, null, null, null)).join();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        TicketPusher failing = new TicketPusher(tickets, Clock.systemUTC(), request -> {
            sending.countDown();
            await(changed);
            throw new IllegalStateException("the network went down mid-push");
        }, io, progress -> { });
        CompletableFuture<Void> run = failing.push();
        await(sending);
        tickets.patch(made.id(), TicketPatch.status(0, "pending")).join(); // the create is under way: an entry of its own
        changed.countDown();
        run.join();

        tickets.patch(made.id(), TicketPatch.status(0, "open")).join(); // the agent's last word

        assertThat(tickets.ticket(made.id()).join()).map(Ticket::status).contains("open");
        new TicketPusher(tickets, Clock.systemUTC(), backend::push, io, progress -> { }).push().join();
        assertThat(backend.requests).flatExtracting(request -> request.mutations()).extracting(mutation -> mutation.kind())
                .containsExactly(TicketMutationKind.CREATE, TicketMutationKind.PATCH);
        assertThat(backend.tickets.values()).extracting(Ticket::status).containsExactly("open");
        assertThat(tickets.pending().join()).isZero();
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
