package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Supervisors follow any chat live, read-only, and whisper to its agents. */
class SupervisionTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void aSupervisorWatchesLiveAndWhispersWithoutTheVisitorSeeingIt() {
        ApiClient api = backend.api();
        try (SocketClient alice = online(backend, api.token("alice", TestBackend.PASSWORD));
             SocketClient carol = online(backend, api.token("carol", TestBackend.PASSWORD));
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            // both are free; least load breaks the tie by id, so the chat is alice's
            alice.await(ChatMessages.ASSIGNED);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "我要退货", null));
            visitor.await(ChatMessages.ACK);
            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "n-1", "customer sounds upset", true));
            alice.await(e -> e.type().equals(ChatMessages.ACK) && "n-1".equals(e.payload().path("clientId").asText()), "note stored");

            carol.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            List<String> history = new ArrayList<>();
            carol.await(e -> {
                if (e.type().equals(ChatMessages.MESSAGE)) {
                    history.add(e.payload().path("body").asText());
                }
                return e.type().equals(ChatMessages.MESSAGE) && "n-1".equals(e.payload().path("clientId").asText());
            }, "the history up to the note");
            assertThat(history).contains("我要退货", "customer sounds upset");

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-2", "订单 1042", null));
            assertThat(carol.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-2".equals(e.payload().path("clientId").asText()), "live"))
                    .isNotNull();

            carol.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "w-1", "offer a free return label", true));
            assertThat(alice.await(e -> e.type().equals(ChatMessages.MESSAGE) && "w-1".equals(e.payload().path("clientId").asText()), "whisper")
                    .payload().path("kind").asText()).isEqualTo("NOTE");
            carol.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "c-1", "Hello, I am the supervisor", null));
            assertThat(carol.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).as("read-only but for whispers")
                    .isEqualTo(403);

            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "可以的，我给您发退货标签", null));
            visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "a-1".equals(e.payload().path("clientId").asText()), "reply");
            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 0));
            List<String> seenByVisitor = new ArrayList<>();
            visitor.socket().await(e -> {
                if (e.type().equals(ChatMessages.MESSAGE)) {
                    seenByVisitor.add(e.payload().path("clientId").asText());
                }
                return e.type().equals(ChatMessages.MESSAGE) && "a-1".equals(e.payload().path("clientId").asText());
            }, "the visitor's history");
            assertThat(seenByVisitor).contains("v-1", "v-2", "a-1").doesNotContain("n-1", "w-1");

            alice.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            assertThat(alice.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(403);
        }
    }

    private static SocketClient online(Backend backend, String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
