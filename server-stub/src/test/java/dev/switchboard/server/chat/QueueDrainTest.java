package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Giving out a queue when agents come online: all free places at once, in serving order, each chat's sequence intact. */
class QueueDrainTest {

    static final String PAGE = "https://shop.example.cn/pricing";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void agentsComingOnlineTakeTheFirstChatsOfTheQueueUpToTheirLimitsAndTheRestMoveUp() {
        limit("alice", 3);
        limit("carol", 3);
        List<VisitorClient> visitors = new ArrayList<>();
        List<Long> queued = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
                visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
                queued.add(statusOf(visitor, "QUEUED").path("conversationId").asLong());
                visitors.add(visitor);
            }
            // the first visitor left a message while waiting: the agent's "joined" line comes after it
            visitors.get(0).send(ChatMessages.MESSAGE, new ChatMessages.Post(queued.get(0), "v-1", "有人吗？", null));
            visitors.get(0).await(ChatMessages.ACK);

            try (SocketClient alice = online("alice"); SocketClient carol = online("carol")) {
                Set<Long> given = new HashSet<>();
                for (SocketClient agent : List.of(alice, carol)) {
                    for (int i = 0; i < 3; i++) {
                        given.add(agent.await(ChatMessages.ASSIGNED).payload().path("id").asLong());
                    }
                }
                assertThat(given).as("the six longest waiting, three each").containsExactlyInAnyOrderElementsOf(queued.subList(0, 6));
                for (int i = 0; i < 6; i++) {
                    assertThat(statusOf(visitors.get(i), "ACTIVE").path("agentName").asText()).isIn("Alice 王丽", "Carol 陈静");
                }
                JsonNode joined = visitors.get(0).socket().await(e -> e.type().equals(ChatMessages.MESSAGE)
                        && "JOINED".equals(e.payload().path("event").path("type").asText()), "the joined line").payload();
                assertThat(joined.path("seq").asLong()).as("after the visitor's message").isEqualTo(2);

                backend.server().drainChatQueueNow();
                assertThat(placeBecomes(visitors.get(6), 1)).isNotNull();
                assertThat(placeBecomes(visitors.get(7), 2)).isNotNull();
            }
        } finally {
            visitors.forEach(VisitorClient::close);
        }
    }

    @Test
    void aChatSentBackToItsQueueReturnsToTheSameAgentWithoutASecondJoinedLineOrAGap() {
        String aliceToken = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient alice = online("alice"); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            long group = api.get("/api/v1/conversations/" + id, aliceToken).json().path("groupId").asLong();

            alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, null, group, null));
            assertThat(alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).as("the only free agent of the group").isEqualTo(id);
            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "我回来了", null));
            Envelope ack = alice.await(ChatMessages.ACK);

            List<ChatMessage> messages = api.get("/api/v1/conversations/" + id + "/messages", aliceToken).as(MessagePage.class).messages();
            assertThat(messages).extracting(ChatMessage::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, ack.seq()).boxed().toList());
            assertThat(messages.stream().filter(m -> m.kind() == MessageKind.EVENT && m.body().endsWith("joined the chat"))).hasSize(1);
        }
    }

    private void limit(String login, int maxChats) {
        long id = api.get("/api/v1/auth/me", api.token(login, TestBackend.PASSWORD)).json().path("id").asLong();
        assertThat(api.patch("/api/v1/agents/" + id, admin, Map.of("maxChats", maxChats)).status()).isEqualTo(200);
    }

    private SocketClient online(String login) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token(login, TestBackend.PASSWORD));
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private static Envelope placeBecomes(VisitorClient visitor, int position) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED")
                && e.payload().path("position").asInt() == position, "place " + position);
    }

    private static JsonNode statusOf(VisitorClient visitor, String status) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals(status),
                "status " + status).payload();
    }
}
