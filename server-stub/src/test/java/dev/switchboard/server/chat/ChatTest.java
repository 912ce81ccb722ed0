package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatTest {

    static final String PAGE = "https://shop.example.cn/products/aurora-x1";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void aVisitorAndAnAgentChatBothWaysWithSequenceNumbersAndNoDuplicates() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "王先生", "question", "售前咨询 Pre-sales")));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();

            Envelope assigned = agent.await(ChatMessages.ASSIGNED);
            assertThat(assigned.payload().path("id").asLong()).isEqualTo(id);
            assertThat(assigned.payload().path("prechat").path("name").asText()).isEqualTo("王先生");
            RoutingReasons routing = Json.mapper().convertValue(assigned.payload().path("routing"), RoutingReasons.class);
            assertThat(routing.agentId()).as("the workstation shows why the chat came").isEqualTo(assigned.payload().path("ownerId").asLong());
            assertThat(routing.strategy()).isNotNull();
            assertThat(routing.candidates()).anySatisfy(candidate -> {
                assertThat(candidate.name()).isEqualTo("Alice 王丽");
                assertThat(candidate.chosen()).isTrue();
                assertThat(candidate.reason()).isNotBlank();
            });
            assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("ACTIVE"),
                    "served").payload().path("agentName").asText()).isEqualTo("Alice 王丽");

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "你好，A7 适合 80 平米吗？", null));
            long seq = visitor.await(ChatMessages.ACK).payload().path("seq").asLong();
            Envelope received = agent.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-1".equals(e.payload().path("clientId").asText()), "v-1");
            assertThat(received.seq()).isEqualTo(seq);
            assertThat(received.payload().path("body").asText()).isEqualTo("你好，A7 适合 80 平米吗？");

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "你好，A7 适合 80 平米吗？", null));
            assertThat(visitor.await(ChatMessages.ACK).payload().path("seq").asLong()).as("a repeat is the same message").isEqualTo(seq);

            agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "适合的，<b>A7</b> 覆盖 60–90 ㎡。", null));
            Envelope reply = visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "a-1".equals(e.payload().path("clientId").asText()), "reply");
            assertThat(reply.payload().path("senderName").asText()).isEqualTo("Alice 王丽");
            assertThat(reply.payload().path("body").asText()).as("stored as plain text").isEqualTo("适合的，<b>A7</b> 覆盖 60–90 ㎡。");

            agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "note-1", "VIP? check the order history", true));
            agent.await(e -> e.type().equals(ChatMessages.ACK) && "note-1".equals(e.payload().path("clientId").asText()), "note ack");

            MessagePage history = api.get("/api/v1/conversations/" + id + "/messages", alice).as(MessagePage.class);
            assertThat(history.messages()).extracting(m -> m.clientId()).containsExactly("joined-1", "v-1", "a-1", "note-1");
            assertThat(history.messages()).extracting(m -> m.seq()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(history.messages().get(0).event()).as("an event line says what it means").isEqualTo(ChatEvent.joined("Alice 王丽"));
            assertThat(history.messages().get(0).body()).isEqualTo("Alice 王丽 joined the chat");
            assertThat(history.messages().get(1).event()).as("only event lines have one").isNull();
        }
    }

    @Test
    void notesNeverReachTheVisitorAndResumeSendsExactlyWhatWasMissed() {
        String visitorId;
        String token;
        long id;
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitorId = visitor.visitorId();
            token = visitor.token();
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "first", null));
            visitor.await(ChatMessages.ACK);
            visitor.socket().drop();

            for (String text : List.of("one", "two", "three")) {
                agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-" + text, text, null));
            }
            agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "n-1", "internal", true));
            agent.await(e -> e.type().equals(ChatMessages.ACK) && "n-1".equals(e.payload().path("clientId").asText()), "last ack");
        }
        try (VisitorClient back = VisitorClient.arrive(backend, visitorId, token, PAGE, "X1", null)) {
            back.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 2));
            List<String> bodies = List.of(
                    back.await(ChatMessages.MESSAGE).payload().path("body").asText(),
                    back.await(ChatMessages.MESSAGE).payload().path("body").asText(),
                    back.await(ChatMessages.MESSAGE).payload().path("body").asText());
            assertThat(bodies).containsExactly("one", "two", "three");
            back.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-2", "thanks", null));
            assertThat(back.await(ChatMessages.ACK).payload().path("seq").asLong()).as("after the note, seq 7").isEqualTo(7);
        }
    }

    @Test
    void withNobodyOnlineTheChatQueuesAndGoesToTheFirstAgentWhoComes() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            Envelope queued = visitor.await(ChatMessages.STATUS);
            assertThat(queued.payload().path("status").asText()).isEqualTo("QUEUED");
            assertThat(queued.payload().path("position").asInt()).isEqualTo(1);

            try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
                agent.await(MessageTypes.WELCOME);
                backend.server().drainChatQueueNow();
                assertThat(agent.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
            }
        }
    }

    @Test
    void typingAndReadReceiptsReachTheOtherSideAndAnEndedChatIsRated() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);

            visitor.send(ChatMessages.TYPING, new ChatMessages.Typing(id, true, null));
            assertThat(agent.await(ChatMessages.TYPING).payload().path("typing").asBoolean()).isTrue();
            agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "Hello!", null));
            long seq = visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "a-1".equals(e.payload().path("clientId").asText()),
                    "hello").seq();
            visitor.send(ChatMessages.READ, new ChatMessages.Read(id, seq, null));
            Envelope read = agent.await(ChatMessages.READ);
            assertThat(read.payload().path("seq").asLong()).isEqualTo(seq);
            assertThat(read.payload().path("reader").asText()).isEqualTo("visitor");

            visitor.send(ChatMessages.RATE, new ChatMessages.Rate(id, 5, "too early"));
            assertThat(visitor.await("error").payload().path("problem").path("status").asInt()).as("rated only after the end").isEqualTo(409);

            visitor.send(ChatMessages.END, new ChatMessages.End(id));
            assertThat(agent.await(ChatMessages.ENDED).payload().path("by").asText()).isEqualTo("visitor");
            JsonNode ended = visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().has("event")
                    && e.payload().path("event").path("type").asText().equals("ENDED"), "the end's event line").payload();
            assertThat(ended.path("event").has("agentName")).as("the visitor ended it").isFalse();
            assertThat(ended.path("body").asText()).isEqualTo("The chat has ended");
            visitor.send(ChatMessages.RATE, new ChatMessages.Rate(id, 5, "很专业，谢谢！"));
            JsonNode conversation = Polling.await("the rating stored").until(() -> api.get("/api/v1/conversations/" + id, alice).json(),
                    rated -> !rated.path("rating").isMissingNode());
            assertThat(conversation.path("status").asText()).isEqualTo("ENDED");
            assertThat(conversation.path("rating").asInt()).isEqualTo(5);
            assertThat(conversation.path("ratingComment").asText()).isEqualTo("很专业，谢谢！");
            assertThat(api.post("/api/v1/conversations/" + id + "/messages", alice, Map.of("clientId", "late", "text", "still there?")).status())
                    .isEqualTo(409);
        }
    }

    @Test
    void endingAChatFreesTheAgentForTheNextInTheQueue() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        long aliceId = api.get("/api/v1/auth/me", alice).json().path("id").asLong();
        api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 1));
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient first = VisitorClient.arrive(backend, null, null, PAGE, "X1", null);
             VisitorClient second = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            first.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long firstId = first.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);
            second.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long secondId = second.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            assertThat(second.await(ChatMessages.STATUS).payload().path("status").asText()).isEqualTo("QUEUED");

            agent.send(ChatMessages.END, new ChatMessages.End(firstId));
            assertThat(agent.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(secondId);
        }
    }

    @Test
    void aWorkstationThatReconnectsIsToldAgainOfEveryOpenChat() {
        long id;
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);
            agent.drop();
            try (SocketClient again = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
                again.await(MessageTypes.WELCOME);
                assertThat(again.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
            }
        }
    }

    @Test
    void nobodyWritesOrReadsAChatThatIsNotTheirs() {
        String bob = api.token("bob", TestBackend.PASSWORD);
        String carol = api.token("carol", TestBackend.PASSWORD);
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null);
             VisitorClient stranger = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);

            stranger.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "x-1", "hijack", null));
            assertThat(stranger.await("error").payload().path("problem").path("status").asInt()).isEqualTo(404);
            stranger.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 0));
            assertThat(stranger.await("error").payload().path("problem").path("status").asInt()).isEqualTo(404);

            assertThat(api.post("/api/v1/conversations/" + id + "/messages", bob, Map.of("clientId", "b-1", "text", "hi")).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/conversations/" + id + "/messages", bob).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/conversations/" + id + "/messages", carol).status()).as("supervisors read").isEqualTo(200);
            assertThat(api.post("/api/v1/conversations/" + id + "/messages", carol, Map.of("clientId", "c-1", "text", "hi")).status())
                    .as("but do not write uninvited").isEqualTo(403);

            ApiResponse tooLong = api.post("/api/v1/conversations/" + id + "/messages", alice, Map.of("clientId", "a-1", "text", "x".repeat(5001)));
            assertThat(tooLong.status()).isEqualTo(400);
            MessagePage history = api.get("/api/v1/conversations/" + id + "/messages", alice).as(MessagePage.class);
            assertThat(history.messages()).extracting(m -> m.body()).noneMatch(body -> body.equals("hijack") || body.equals("hi"));
        }
    }

    @Test
    void thePublicApiListsConversationsByRoleAndPostsIdempotently() {
        String bob = api.token("bob", TestBackend.PASSWORD);
        String carol = api.token("carol", TestBackend.PASSWORD);
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            agent.await(ChatMessages.ASSIGNED);

            assertThat(api.get("/api/v1/conversations?status=active", alice).json().findValuesAsText("id")).containsExactly(String.valueOf(id));
            assertThat(api.get("/api/v1/conversations?status=active", bob).json()).isEmpty();
            assertThat(api.get("/api/v1/conversations", carol).json().findValuesAsText("id")).contains(String.valueOf(id));
            assertThat(api.get("/api/v1/conversations?status=sleeping", alice).status()).isEqualTo(400);

            ApiResponse first = api.post("/api/v1/conversations/" + id + "/messages", alice, Map.of("clientId", "crm-42", "text", "Order shipped"));
            ApiResponse again = api.post("/api/v1/conversations/" + id + "/messages", alice, Map.of("clientId", "crm-42", "text", "Order shipped"));
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.json().path("seq")).isEqualTo(first.json().path("seq"));
            assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "crm-42".equals(e.payload().path("clientId").asText()),
                    "the API's message").payload().path("body").asText()).isEqualTo("Order shipped");
            MessagePage after = api.get("/api/v1/conversations/" + id + "/messages?after=" + first.json().path("seq").asLong(), alice)
                    .as(MessagePage.class);
            assertThat(after.messages()).isEmpty();
        }
    }
}
