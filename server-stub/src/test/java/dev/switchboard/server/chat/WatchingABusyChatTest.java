package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
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

/**
 * A supervisor who starts watching a chat while it goes on gets each of its lines exactly once and
 * in order: the chat so far, then what follows, with nothing sent twice or ahead of its turn where
 * the two meet. Before, the watcher was added to the live audience and the chat read afterwards: a
 * line stored before the read but published after the watcher was added came twice (the JOINED line
 * of 3512db5 came again after the watch's ack), and a live line could overtake the chat so far.
 */
class WatchingABusyChatTest {

    private static final int HISTORY = 300;
    private static final int POSTERS = 3;
    private static final int POSTS_EACH = 120;
    private static final int WATCHERS = 6;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void everyNewWatcherGetsEveryLineOnceAndInOrderWhileTheChatGoesOn() throws Exception {
        List<String> supervisors = new ArrayList<>();
        for (int i = 0; i < WATCHERS; i++) {
            String login = "watcher" + i;
            assertThat(api.post("/api/v1/agents", admin, Map.of("login", login, "displayName", "Watcher " + i, "password", "watching-closely-" + i,
                    "role", "SUPERVISOR", "groupIds", List.of(), "maxChats", 1)).status()).isEqualTo(201);
            supervisors.add(api.token(login, "watching-closely-" + i));
        }
        String aliceToken = api.token("alice", TestBackend.PASSWORD);
        ExecutorService posting = Executors.newFixedThreadPool(POSTERS);
        List<SocketClient> watchers = new ArrayList<>();
        try (SocketClient alice = online(aliceToken);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            alice.await(ChatMessages.ASSIGNED);
            // a history long enough that reading it for a new watcher takes a while (several pages)
            for (int i = 0; i < HISTORY; i++) {
                assertThat(post(aliceToken, id, "h-" + i)).isEqualTo(201);
            }

            AtomicInteger posted = new AtomicInteger();
            List<Future<?>> posters = new ArrayList<>();
            for (int p = 0; p < POSTERS; p++) {
                int poster = p;
                posters.add(posting.submit(() -> {
                    for (int i = 0; i < POSTS_EACH; i++) {
                        assertThat(post(aliceToken, id, "p-" + poster + "-" + i)).isEqualTo(201);
                        posted.incrementAndGet();
                    }
                }));
            }
            // each watcher starts at another moment of the burst
            for (int w = 0; w < WATCHERS; w++) {
                int from = w * POSTERS * POSTS_EACH / (WATCHERS + 1);
                Polling.await("posts under way").until(() -> posted.get() >= from);
                SocketClient watcher = online(supervisors.get(w));
                watcher.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
                watchers.add(watcher);
            }
            for (Future<?> poster : posters) {
                poster.get();
            }
            long last = api.get("/api/v1/conversations/" + id, aliceToken).json().path("lastSeq").asLong();

            for (int w = 0; w < WATCHERS; w++) {
                List<Long> got = linesUpTo(watchers.get(w), id, last);
                assertThat(misfits(got)).as("lines watcher %d got twice or out of turn", w).isEmpty();
                assertThat(got).as("the lines watcher %d got", w).isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            }
        } finally {
            posting.shutdownNow();
            watchers.forEach(SocketClient::close);
        }
    }

    private int post(String token, long conversationId, String clientId) {
        return api.post("/api/v1/conversations/" + conversationId + "/messages", token, Map.of("clientId", clientId, "text", clientId)).status();
    }

    /** The seq of each line of the chat the socket received, in the order received, until the line {@code last}. */
    private static List<Long> linesUpTo(SocketClient socket, long conversationId, long last) {
        List<Long> seqs = new ArrayList<>();
        socket.await(e -> {
            if (!isLineOf(e, conversationId)) {
                return false;
            }
            long seq = e.payload().path("seq").asLong();
            seqs.add(seq);
            return seq == last;
        }, "line " + last);
        return seqs;
    }

    /** Where the lines received are not 1, 2, 3, ...: "after 336 came 1" (the first few). */
    private static List<String> misfits(List<Long> seqs) {
        List<String> misfits = new ArrayList<>();
        for (int i = 0; i < seqs.size() && misfits.size() < 10; i++) {
            if (seqs.get(i) != i + 1) {
                misfits.add((i == 0 ? "first came " : "after " + seqs.get(i - 1) + " came ") + seqs.get(i));
            }
        }
        return misfits;
    }

    private static boolean isLineOf(Envelope envelope, long conversationId) {
        return envelope.type().equals(ChatMessages.MESSAGE) && envelope.payload().path("conversationId").asLong() == conversationId;
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
