package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages stored many at a time: concurrent posts and repeats get consecutive seqs, each stored once, answered alike. */
class MessageWriterTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    @Test
    void concurrentPostsAndTheirRepeatsAreStoredOnceInConsecutiveSeqsAndAnEndedChatTakesOnlyRepeats() throws Exception {
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = agent.await(ChatMessages.ASSIGNED).payload().path("id").asLong();

            // every client id is posted twice, by different threads at about the same time
            Map<String, List<Long>> answers = new ConcurrentHashMap<>();
            ExecutorService posters = Executors.newFixedThreadPool(8);
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String clientId = "c-" + (i % 100);
                posts.add(posters.submit(() -> {
                    ChatMessage stored = api.post("/api/v1/conversations/" + id + "/messages", alice, new NewMessage(clientId, "消息 " + clientId))
                            .as(ChatMessage.class);
                    answers.computeIfAbsent(clientId, key -> new CopyOnWriteArrayList<>()).add(stored.seq());
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
            posters.shutdown();

            assertThat(answers).hasSize(100);
            answers.forEach((clientId, seqs) -> assertThat(seqs).as(clientId + " answered alike").hasSize(2).containsOnly(seqs.get(0)));
            List<ChatMessage> stored = api.get("/api/v1/conversations/" + id + "/messages?limit=500", alice).as(MessagePage.class).messages();
            assertThat(stored).extracting(ChatMessage::seq).as("the joined line, then each message once, no gaps")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 101).boxed().toList());
            assertThat(stored.stream().filter(m -> m.senderType() == SenderType.AGENT)).hasSize(100)
                    .allSatisfy(m -> assertThat(m.senderName()).isEqualTo("Alice 王丽"));

            agent.send(ChatMessages.END, new ChatMessages.End(id));
            agent.await(ChatMessages.ENDED);
            ApiResponse late = api.post("/api/v1/conversations/" + id + "/messages", alice, new NewMessage("c-new", "too late"));
            assertThat(late.status()).isEqualTo(409);
            ApiResponse repeat = api.post("/api/v1/conversations/" + id + "/messages", alice, new NewMessage("c-7", "消息 c-7"));
            assertThat(repeat.as(ChatMessage.class).seq()).as("a repeat is answered with the stored message").isEqualTo(answers.get("c-7").get(0));
        }
    }
}
