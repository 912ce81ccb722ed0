package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The waiting queues agents see: {@code chat.queue} on their socket and {@code GET /api/v1/queue}. Time is moved, not waited for. */
class QueueFeedTest {

    static final String PAGE = "https://shop.example.cn/pricing";
    static final String PRESALES = "售前 Pre-sales";
    static final String AFTERSALES = "售后 After-sales";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    @Test
    void anAgentSeesTheQueuesOfTheirGroupsAfterTheWelcomeAndWhenOneChanges() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            JsonNode first = socket.await(ChatMessages.QUEUE).payload();
            assertThat(names(first)).containsExactly(PRESALES, "VIP");
            assertThat(group(first, PRESALES).path("waiting").asInt()).isZero();
            assertThat(group(first, PRESALES).path("longestWaitingSince").isNull()).isTrue();
            assertThat(group(first, PRESALES).path("chats")).isEmpty();

            socket.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
            socket.await(MessageTypes.ACK);
            Instant started = backend.clock().instant();
            try (VisitorClient emma = startChat(Map.of("name", " Emma Li ", "question", "售前咨询 Pre-sales"))) {
                long id = queued(emma);
                backend.clock().advance(Duration.ofSeconds(1));

                JsonNode presales = group(socket.await(ChatMessages.QUEUE).payload(), PRESALES);
                assertThat(presales.path("waiting").asInt()).isEqualTo(1);
                assertThat(presales.path("longestWaitingSince").asText()).isEqualTo(started.toString());
                JsonNode chat = presales.path("chats").get(0);
                assertThat(chat.path("conversationId").asLong()).isEqualTo(id);
                assertThat(chat.path("visitorId").asText()).isEqualTo(emma.visitorId());
                assertThat(chat.path("visitorName").asText()).isEqualTo("Emma Li");
                assertThat(chat.path("waitingSince").asText()).isEqualTo(started.toString());
                assertThat(chat.path("priority").asInt()).isZero();
            }
        }
    }

    @Test
    void changesWithinASecondReachTheWorkstationAsOneMessage() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        try (SocketClient observer = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), admin)) {
            observer.await(MessageTypes.WELCOME);
            assertThat(group(observer.await(ChatMessages.QUEUE).payload(), PRESALES).path("waiting").asInt()).isZero();
            // a form whose name is optional: chats without a name can start
            ApiResponse optionalName = api.send("PUT", "/api/v1/sites/default/prechat-form", admin,
                    "{\"fields\":[{\"key\":\"name\",\"type\":\"NAME\",\"label\":\"Name\",\"required\":false}]}", ApiClient.JSON);
            assertThat(optionalName.status()).as(optionalName.body()).isEqualTo(200);

            try (VisitorClient first = startChat(Map.of()); VisitorClient second = startChat(Map.of("name", "  "))) {
                long firstId = queued(first);
                long secondId = queued(second);
                backend.clock().advance(Duration.ofSeconds(1));

                JsonNode presales = group(observer.await(ChatMessages.QUEUE).payload(), PRESALES);
                assertThat(presales.path("waiting").asInt()).as("both changes in one message").isEqualTo(2);
                assertThat(presales.path("chats").findValuesAsText("conversationId"))
                        .containsExactly(Long.toString(firstId), Long.toString(secondId));
                assertThat(presales.path("chats").get(1).path("visitorName").isNull()).as("a blank name is no name").isTrue();

                try (SocketClient alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("alice", TestBackend.PASSWORD))) {
                    alice.await(ChatMessages.ASSIGNED);
                    alice.await(ChatMessages.ASSIGNED);
                    backend.clock().advance(Duration.ofSeconds(1));
                    assertThat(group(observer.await(ChatMessages.QUEUE).payload(), PRESALES).path("waiting").asInt()).isZero();
                }
            }
        }
    }

    @Test
    void supervisorsAndAdministratorsSeeEveryGroupAndRestAnswersLikeTheSocket() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        String bob = api.token("bob", TestBackend.PASSWORD);
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (VisitorClient visitor = startChat(Map.of("name", "王先生", "question", "售前咨询 Pre-sales"))) {
            long id = queued(visitor);
            try (SocketClient bobSocket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), bob);
                 SocketClient adminSocket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), admin)) {
                JsonNode bobs = bobSocket.await(ChatMessages.QUEUE).payload();
                assertThat(names(bobs)).as("bob is only in after-sales").containsExactly(AFTERSALES);
                JsonNode admins = adminSocket.await(ChatMessages.QUEUE).payload();
                assertThat(names(admins)).containsExactly(PRESALES, AFTERSALES, "VIP");
                assertThat(group(admins, PRESALES).path("chats").get(0).path("conversationId").asLong()).isEqualTo(id);

                assertThat(api.get("/api/v1/queue", admin).json()).isEqualTo(admins);
                assertThat(api.get("/api/v1/queue", bob).json()).isEqualTo(bobs);
                JsonNode alices = api.get("/api/v1/queue", alice).json();
                assertThat(names(alices)).containsExactly(PRESALES, "VIP");
                assertThat(group(alices, PRESALES).path("chats").get(0).path("visitorName").asText()).isEqualTo("王先生");
                assertThat(api.get("/api/v1/queue", null).status()).isEqualTo(401);
            }
        }
    }

    private VisitorClient startChat(Map<String, String> prechat) {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(prechat));
        return visitor;
    }

    /** Waits until the visitor hears their chat is queued, and answers its id. */
    private static long queued(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"),
                "queued").payload().path("conversationId").asLong();
    }

    private static List<String> names(JsonNode snapshot) {
        return StreamSupport.stream(snapshot.path("groups").spliterator(), false).map(g -> g.path("groupName").asText()).toList();
    }

    private static JsonNode group(JsonNode snapshot, String name) {
        return StreamSupport.stream(snapshot.path("groups").spliterator(), false).filter(g -> g.path("groupName").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + name + " in " + snapshot));
    }
}
