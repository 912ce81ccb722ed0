package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An agent takes a waiting chat of their groups from the queue themselves (抢单, {@code chat.take}). */
class TakeFromTheQueueTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String aliceToken = backend.token("alice");
    final long aliceId = api.get("/api/v1/auth/me", aliceToken).json().path("id").asLong();

    @Test
    void anAgentTakesAWaitingChatOfTheirGroupWithAStepInItsHistoryAndAnAuditEntry() {
        try (SocketClient alice = online(aliceToken)) {
            setStatus(alice, AgentStatus.BUSY); // routing passes a busy agent over: the chat waits
            try (VisitorClient visitor = startChat()) {
                long id = queued(visitor);

                alice.send(ChatMessages.TAKE, new ChatMessages.Take(id));

                JsonNode assigned = alice.await(ChatMessages.ASSIGNED).payload();
                assertThat(assigned.path("id").asLong()).isEqualTo(id);
                assertThat(assigned.path("status").asText()).isEqualTo("ACTIVE");
                assertThat(assigned.path("ownerId").asLong()).isEqualTo(aliceId);
                JsonNode step = last(assigned.path("routing").path("history"));
                assertThat(step.path("type").asText()).isEqualTo("TAKEN");
                assertThat(step.path("agentId").asLong()).isEqualTo(aliceId);
                assertThat(step.path("actorName").asText()).isEqualTo("Alice 王丽");
                assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && "ACTIVE".equals(e.payload().path("status").asText()),
                        "served").payload().path("agentName").asText()).isEqualTo("Alice 王丽");
                JsonNode workload = StreamSupport.stream(api.get("/api/v1/workload", backend.token("bob")).json().spliterator(), false)
                        .filter(agent -> agent.path("agentId").asLong() == aliceId).findFirst().orElseThrow();
                assertThat(workload.path("load").asInt()).as("what a colleague sees when handing a chat over").isEqualTo(1);
                assertThat(workload.path("capacity").asInt()).isEqualTo(5);
                JsonNode audit = lastAudit("chat.take");
                assertThat(audit.path("target").asText()).isEqualTo("conversation:" + id);
                assertThat(audit.path("actorId").asLong()).isEqualTo(aliceId);
            }
        }
    }

    @Test
    void aChatThatNoLongerWaitsCannotBeTakenAgain() {
        try (SocketClient alice = online(aliceToken); SocketClient carol = online(backend.token("carol"))) {
            setStatus(alice, AgentStatus.BUSY);
            setStatus(carol, AgentStatus.BUSY);
            try (VisitorClient visitor = startChat()) {
                long id = queued(visitor);
                alice.send(ChatMessages.TAKE, new ChatMessages.Take(id));
                alice.await(ChatMessages.ASSIGNED);

                carol.send(ChatMessages.TAKE, new ChatMessages.Take(id));

                assertThat(carol.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(409);
            }
        }
    }

    @Test
    void onlyChatsOfTheAgentsOwnGroupsAndOnlyWithinTheirLimit() {
        String bobToken = backend.token("bob");
        try (SocketClient alice = online(aliceToken); SocketClient bob = online(bobToken)) {
            setStatus(alice, AgentStatus.BUSY);
            try (VisitorClient first = startChat(); VisitorClient second = startChat()) {
                long firstId = queued(first);
                long secondId = queued(second);

                bob.send(ChatMessages.TAKE, new ChatMessages.Take(firstId));
                assertThat(bob.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).as("bob is in after-sales only")
                        .isEqualTo(403);

                String admin = backend.token("admin");
                assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
                alice.send(ChatMessages.TAKE, new ChatMessages.Take(firstId));
                alice.await(ChatMessages.ASSIGNED);
                alice.send(ChatMessages.TAKE, new ChatMessages.Take(secondId));
                JsonNode refused = alice.await(MessageTypes.ERROR).payload().path("problem");
                assertThat(refused.path("status").asInt()).isEqualTo(409);
                assertThat(refused.path("detail").asText()).contains("limit (1/1)");
            }
        }
    }

    @Test
    void takingAChatOfferedToAColleagueWithdrawsTheOffer() {
        String carolToken = backend.token("carol");
        api.send("PUT", "/api/v1/me/chat-preferences", carolToken, "{\"autoAccept\":false}", ApiClient.JSON);
        try (SocketClient alice = online(aliceToken); SocketClient carol = online(carolToken)) {
            setStatus(alice, AgentStatus.BUSY);
            try (VisitorClient visitor = startChat()) {
                long id = carol.await(ChatMessages.OFFER).payload().path("conversation").path("id").asLong();

                alice.send(ChatMessages.TAKE, new ChatMessages.Take(id));

                assertThat(alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
                assertThat(carol.await(ChatMessages.OFFER_WITHDRAWN).payload().path("conversationId").asLong()).isEqualTo(id);
                carol.send(ChatMessages.ACCEPT, new ChatMessages.Accept(id));
                assertThat(carol.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(409);
            }
        }
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    static void setStatus(SocketClient socket, AgentStatus status) {
        String ref = socket.send(MessageTypes.STATUS_SET, new StatusChange(status));
        socket.await(e -> e.type().equals(MessageTypes.ACK) && ref.equals(e.payload().path("ref").asText()), "status " + status);
    }

    private VisitorClient startChat() {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        return visitor;
    }

    static long queued(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"),
                "queued").payload().path("conversationId").asLong();
    }

    private JsonNode lastAudit(String action) {
        JsonNode entries = api.get("/api/v1/audit?limit=1000", backend.token("admin")).json();
        return StreamSupport.stream(entries.spliterator(), false).filter(e -> action.equals(e.path("action").asText()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + action + " in " + entries));
    }

    static JsonNode last(JsonNode array) {
        assertThat(array.isArray() && !array.isEmpty()).as("a non-empty history: %s", array).isTrue();
        return array.get(array.size() - 1);
    }
}
