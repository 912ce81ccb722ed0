package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the widget's socket adds for the visitor: resume answers, typing names, errors by reference, earlier chats. */
class VisitorChatTest {

    static final String PAGE = "https://shop.example.cn/help";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    SocketClient alice;

    @BeforeEach
    void start() {
        alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("alice", TestBackend.PASSWORD));
        alice.await(MessageTypes.WELCOME);
    }

    @AfterEach
    void stop() {
        alice.close();
    }

    @Test
    void aResumeEndsWithTheStatusHowFarItIsCompleteAndHowFarTheAgentRead() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            long id = startServed(visitor);
            say(id, "a-1", "您好", false);
            say(id, "n-1", "internal", true);
            long last = say(id, "a-2", "请稍等", false);
            alice.send(ChatMessages.READ, new ChatMessages.Read(id, 1, null));
            visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("seq").asLong() == last, "the live push");
            visitor.socket().await(e -> e.type().equals(ChatMessages.READ), "Alice's live receipt");

            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 1));
            List<Envelope> answer = visitor.socket().collectUntil(ChatMessages.STATUS);
            assertThat(answer.stream().filter(e -> e.type().equals(ChatMessages.MESSAGE)).map(e -> e.payload().path("body").asText()))
                    .containsExactly("您好", "请稍等");
            JsonNode status = answer.get(answer.size() - 1).payload();
            assertThat(status.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(status.path("agentName").asText()).isEqualTo("Alice 王丽");
            assertThat(status.path("seq").asLong()).as("complete up to the last message, past the note").isEqualTo(last);
            JsonNode read = visitor.await(ChatMessages.READ).payload();
            assertThat(read.path("seq").asLong()).as("how far Alice read").isEqualTo(1);
            assertThat(read.path("reader").asText()).as("a display name, never a login").isEqualTo("Alice 王丽");

            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, last));
            assertThat(visitor.socket().collectUntil(ChatMessages.STATUS)).as("nothing new: the status alone").hasSize(1);

            alice.send(ChatMessages.END, new ChatMessages.End(id));
            assertThat(alice.await(ChatMessages.ENDED).payload().path("by").asText()).isEqualTo("Alice 王丽");
            assertThat(visitor.await(ChatMessages.ENDED).payload().path("by").asText()).as("a display name, never a login").isEqualTo("Alice 王丽");
            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, last));
            List<Envelope> ended = visitor.socket().collectUntil(ChatMessages.STATUS);
            assertThat(ended.get(ended.size() - 1).payload().path("status").asText()).isEqualTo("ENDED");
            // the end's line came live and again in the answer
            assertThat(ended.stream().filter(e -> e.type().equals(ChatMessages.MESSAGE)).map(e -> e.payload().path("event")))
                    .last().satisfies(event -> {
                        assertThat(event.path("type").asText()).isEqualTo("ENDED");
                        assertThat(event.path("agentName").asText()).as("who ended it").isEqualTo("Alice 王丽");
                    });
        }
    }

    @Test
    void theVisitorSeesTheAgentsNameTypingAndErrorsNameTheRefusedMessage() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null);
             VisitorClient stranger = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            long id = startServed(visitor);
            alice.send(ChatMessages.TYPING, new ChatMessages.Typing(id, true, null));
            JsonNode typing = visitor.await(ChatMessages.TYPING).payload();
            assertThat(typing.path("typing").asBoolean()).isTrue();
            assertThat(typing.path("name").asText()).as("a display name, never a login").isEqualTo("Alice 王丽");

            String ref = stranger.socket().send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "x-1", "hijack", null));
            JsonNode error = stranger.await(MessageTypes.ERROR).payload();
            assertThat(error.path("ref").asText()).isEqualTo(ref);
            assertThat(error.path("problem").path("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void aReturningVisitorGetsTheirEarlierChatsAndOnlyTheirs() {
        String visitorId;
        String token;
        long first;
        long second;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            visitorId = visitor.visitorId();
            token = visitor.token();
            first = startServed(visitor);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(first, "v-1", "第一次的问题", null));
            visitor.await(ChatMessages.ACK);
            say(first, "n-1", "internal", true);
            visitor.send(ChatMessages.END, new ChatMessages.End(first));
            alice.await(ChatMessages.ENDED);
            second = startServed(visitor);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(second, "v-2", "第二次的问题", null));
            visitor.await(ChatMessages.ACK);
        }
        try (VisitorClient back = VisitorClient.arrive(backend, visitorId, token, PAGE, "Help", null);
             VisitorClient stranger = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            back.send(ChatMessages.HISTORY, new ChatMessages.History(second));
            JsonNode page = back.await(ChatMessages.HISTORY).payload();
            assertThat(page.path("more").asBoolean()).isFalse();
            assertThat(page.path("conversations")).singleElement().satisfies(chat -> {
                assertThat(chat.path("conversationId").asLong()).isEqualTo(first);
                assertThat(chat.path("status").asText()).isEqualTo("ENDED");
                assertThat(bodies(chat)).containsExactly("Alice 王丽 joined the chat", "第一次的问题", "The chat has ended");
            });

            back.send(ChatMessages.HISTORY, new ChatMessages.History(null));
            assertThat(back.await(ChatMessages.HISTORY).payload().path("conversations"))
                    .as("the open chat is resumed, not history").extracting(chat -> chat.path("conversationId").asLong()).containsExactly(first);
            back.send(ChatMessages.END, new ChatMessages.End(second));
            alice.await(ChatMessages.ENDED);
            back.send(ChatMessages.HISTORY, new ChatMessages.History(null));
            JsonNode newest = back.await(ChatMessages.HISTORY).payload();
            assertThat(newest.path("conversations")).extracting(chat -> chat.path("conversationId").asLong()).containsExactly(second, first);

            stranger.send(ChatMessages.HISTORY, new ChatMessages.History(null));
            assertThat(stranger.await(ChatMessages.HISTORY).payload().path("conversations")).as("nobody else's").isEmpty();
        }
    }

    private long startServed(VisitorClient visitor) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == id, "chat " + id);
        visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().has("event"), "the joined line");
        return id;
    }

    /** Alice writes; answers the stored message's seq. */
    private long say(long conversationId, String clientId, String text, boolean note) {
        alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversationId, clientId, text, note));
        return alice.await(e -> e.type().equals(ChatMessages.ACK) && clientId.equals(e.payload().path("clientId").asText()), "ack " + clientId)
                .payload().path("seq").asLong();
    }

    private static List<String> bodies(JsonNode chat) {
        return StreamSupport.stream(chat.path("messages").spliterator(), false).map(m -> m.path("body").asText()).toList();
    }
}
