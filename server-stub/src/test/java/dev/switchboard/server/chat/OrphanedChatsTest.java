package dev.switchboard.server.chat;

import static dev.switchboard.server.chat.TakeFromTheQueueTest.last;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chats of an agent who left: kept through the reconnect grace period (2 minutes by default), then
 * back at the front of their group's queue; at once when the agent signed out. Time is moved, not
 * waited for; the five-second check is run by hand.
 */
class OrphanedChatsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    // one session each: an agent with no session left has signed out
    final String aliceToken = backend.token("alice");
    final String carolToken = backend.token("carol");
    final long aliceId = api.get("/api/v1/auth/me", aliceToken).json().path("id").asLong();

    @Test
    void anAgentWhoComesBackWithinTheGracePeriodKeepsTheirChats() {
        SocketClient alice = online(aliceToken);
        try (VisitorClient visitor = startChat()) {
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            alice.drop();
            awaitStatus("OFFLINE");
            backend.clock().advance(Duration.ofSeconds(110));
            backend.server().requeueOrphanedChatsNow();
            assertThat(owner(id)).as("still within the grace period").isEqualTo(aliceId);

            try (SocketClient back = online(aliceToken)) {
                assertThat(back.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
                backend.clock().advance(Duration.ofMinutes(5));
                backend.server().requeueOrphanedChatsNow();
                assertThat(owner(id)).isEqualTo(aliceId);
                assertThat(api.get("/api/v1/conversations/" + id, carolToken).json().path("status").asText()).isEqualTo("ACTIVE");
            }
        }
    }

    @Test
    void afterTheGracePeriodTheChatsGoBackToTheFrontOfTheirGroupsQueue() {
        SocketClient alice = online(aliceToken);
        TakeFromTheQueueTest.setStatus(alice, AgentStatus.BUSY);
        try (VisitorClient waiting = startChat(); VisitorClient served = startChat()) {
            long waitingId = TakeFromTheQueueTest.queued(waiting);
            long servedId = TakeFromTheQueueTest.queued(served);
            // the later chat is served, the earlier one still waits
            alice.send(ChatMessages.TAKE, new ChatMessages.Take(servedId));
            alice.await(ChatMessages.ASSIGNED);
            served.socket().await(e -> e.type().equals(ChatMessages.STATUS) && "ACTIVE".equals(e.payload().path("status").asText()), "served");
            alice.drop();
            awaitStatus("OFFLINE");

            backend.clock().advance(Duration.ofSeconds(121));
            backend.server().requeueOrphanedChatsNow();

            JsonNode status = served.socket().await(e -> e.type().equals(ChatMessages.STATUS) && "QUEUED".equals(e.payload().path("status").asText()),
                    "the visitor hears they wait again").payload();
            assertThat(status.path("position").asInt()).as("ahead of the chat that never was served").isEqualTo(1);
            JsonNode conversation = api.get("/api/v1/conversations/" + servedId, carolToken).json();
            assertThat(conversation.path("status").asText()).isEqualTo("QUEUED");
            JsonNode step = last(conversation.path("routing").path("history"));
            assertThat(step.path("type").asText()).isEqualTo("REQUEUED_OFFLINE");
            assertThat(step.path("fromAgentId").asLong()).isEqualTo(aliceId);
            JsonNode presales = StreamSupport.stream(api.get("/api/v1/queue", carolToken).json().path("groups").spliterator(), false)
                    .filter(group -> group.path("groupId").asLong() == 1).findFirst().orElseThrow();
            assertThat(presales.path("chats").findValuesAsText("conversationId"))
                    .containsExactly(Long.toString(servedId), Long.toString(waitingId));
        }
    }

    @Test
    void anAgentWhoSignsOutLeavesTheirChatsAtOnce() {
        SocketClient alice = online(aliceToken);
        try (VisitorClient visitor = startChat()) {
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();

            assertThat(api.post("/api/v1/auth/logout", aliceToken, "").status()).isEqualTo(204);

            Polling.await("the chat goes back to the queue").until(() ->
                    "QUEUED".equals(api.get("/api/v1/conversations/" + id, carolToken).json().path("status").asText()));
            assertThat(last(api.get("/api/v1/conversations/" + id, carolToken).json().path("routing").path("history")).path("type").asText())
                    .isEqualTo("REQUEUED_SIGNED_OUT");
            assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && "QUEUED".equals(e.payload().path("status").asText()),
                    "the visitor hears they wait again")).isNotNull();
        } finally {
            alice.close();
        }
    }

    private void awaitStatus(String status) {
        Polling.await("alice is " + status).until(() -> status.equals(api.get("/api/v1/agents/" + aliceId, carolToken).json().path("status").asText()));
    }

    private long owner(long conversationId) {
        return api.get("/api/v1/conversations/" + conversationId, carolToken).json().path("ownerId").asLong();
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private VisitorClient startChat() {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        return visitor;
    }
}
