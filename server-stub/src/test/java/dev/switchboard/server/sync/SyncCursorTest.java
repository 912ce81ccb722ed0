package dev.switchboard.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The change-log cursor: no gap, no repeat, and an exact resume after a reconnect. */
class SyncCursorTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final AtomicInteger names = new AtomicInteger();

    @Test
    void pagesReadWhileOthersWriteSeeEveryChangeOnceInOrder() throws Exception {
        long start = latestSeq();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    makeAChange(i);
                }
            }));
        }
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        while (!writing.stream().allMatch(Future::isDone)) {
            cursor = readPages(cursor, 7, seen);
        }
        for (Future<?> future : writing) {
            future.get();
        }
        writers.shutdown();
        readPages(cursor, 7, seen);

        long latest = seen.get(seen.size() - 1);
        assertThat(latest).isGreaterThanOrEqualTo(start + 100);
        assertThat(after(start, seen)).as("every seq after the start to the latest, once, in order")
                .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, latest).boxed().toList());
    }

    @Test
    void aSocketCatchesUpThenFollowsLiveAndResumesExactlyAfterADrop() {
        String carol = api.token("carol", TestBackend.PASSWORD);
        long before = latestSeq();

        List<Long> received = new ArrayList<>();
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), carol)) {
            socket.await(MessageTypes.WELCOME);
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            List<Envelope> backlog = socket.collectUntil(MessageTypes.SYNC_CAUGHT_UP);
            long caughtUp = backlog.get(backlog.size() - 1).seq();
            backlog.stream().filter(e -> e.type().equals(MessageTypes.CHANGE)).forEach(e -> received.add(e.seq()));
            assertThat(caughtUp).isGreaterThanOrEqualTo(before);

            for (int i = 0; i < 5; i++) {
                makeAChange(i);
            }
            long target = latestSeq();
            while (received.get(received.size() - 1) < target) {
                received.add(socket.await(MessageTypes.CHANGE).seq());
            }
            socket.drop();
        }
        long lastApplied = received.get(received.size() - 1);

        for (int i = 0; i < 5; i++) {
            makeAChange(i);
        }
        long target = latestSeq();
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), carol)) {
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(lastApplied));
            while (received.get(received.size() - 1) < target) {
                received.add(socket.await(MessageTypes.CHANGE).seq());
            }
        }
        assertThat(after(before, received)).as("no gap, no repeat across the reconnect")
                .containsExactlyElementsOf(LongStream.rangeClosed(before + 1, target).boxed().toList());
    }

    @Test
    void subscribingWhileWritersRunMissesNothingBetweenBacklogAndLive() throws Exception {
        String carol = api.token("carol", TestBackend.PASSWORD);
        long start = latestSeq();
        for (int i = 0; i < 30; i++) {
            makeAChange(i);
        }
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    makeAChange(i);
                }
            }));
        }
        List<Long> received = new ArrayList<>();
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), carol)) {
            socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            for (Future<?> future : writing) {
                future.get();
            }
            long target = latestSeq();
            while (received.isEmpty() || received.get(received.size() - 1) < target) {
                Envelope next = socket.await(e -> e.type().equals(MessageTypes.CHANGE), "a change");
                received.add(next.seq());
            }
            assertThat(after(start, received)).containsExactlyElementsOf(LongStream.rangeClosed(start + 1, target).boxed().toList());
        } finally {
            writers.shutdown();
        }
    }

    @Test
    void changesCarryTheEntityAfterTheChange() {
        long after = latestSeq();
        ApiResponse created = api.post("/api/v1/groups", admin, Map.of("name", "Returns 退货", "description", "returns desk"));
        ChangePage page = api.get("/api/v1/sync?after=" + after, admin).as(ChangePage.class);

        assertThat(page.changes()).hasSize(1);
        Change change = page.changes().get(0);
        assertThat(change.entity()).isEqualTo("group");
        assertThat(change.entityId()).isEqualTo(created.json().path("id").asText());
        assertThat(change.data()).isEqualTo(created.json());
        assertThat(page.next()).isEqualTo(change.seq());
        assertThat(page.hasMore()).isFalse();
    }

    private long readPages(long cursor, int limit, List<Long> seen) {
        ChangePage page;
        do {
            page = api.get("/api/v1/sync?after=" + cursor + "&limit=" + limit, admin).as(ChangePage.class);
            page.changes().forEach(change -> seen.add(change.seq()));
            cursor = page.next();
        } while (page.hasMore());
        return cursor;
    }

    private void makeAChange(int i) {
        ApiResponse response = i % 2 == 0
                ? api.post("/api/v1/groups", admin, Map.of("name", "Team " + names.incrementAndGet()))
                : api.patch("/api/v1/agents/2", admin, Map.of("maxChats", 1 + i % 10));
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    /**
     * The seqs after {@code start}: the demo data written before a test began includes changes a
     * reader may not see (another agent's own canned replies), so whole runs are compared from there.
     */
    private static List<Long> after(long start, List<Long> seqs) {
        return seqs.stream().filter(seq -> seq > start).toList();
    }

    private long latestSeq() {
        long cursor = 0;
        ChangePage page;
        do {
            page = api.get("/api/v1/sync?after=" + cursor + "&limit=1000", admin).as(ChangePage.class);
            cursor = page.next();
        } while (page.hasMore());
        return cursor;
    }
}
