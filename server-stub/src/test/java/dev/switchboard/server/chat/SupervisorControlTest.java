package dev.switchboard.server.chat;

import static dev.switchboard.server.chat.TakeFromTheQueueTest.last;
import static dev.switchboard.server.chat.TakeFromTheQueueTest.queued;
import static dev.switchboard.server.chat.TakeFromTheQueueTest.setStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A supervisor assigns a waiting chat to the agent they choose, takes a chat over (its agent sees
 * it leave), and transfers any chat; each with a reason in the chat's routing history and an entry
 * in the audit log.
 */
class SupervisorControlTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String aliceToken = backend.token("alice");
    final String carolToken = backend.token("carol");
    final long aliceId = idOf(aliceToken);
    final long carolId = idOf(carolToken);

    @Test
    void aSupervisorAssignsAWaitingChatToTheAgentTheyChooseWithAReason() {
        try (SocketClient alice = online(aliceToken); SocketClient carol = online(carolToken)) {
            setStatus(alice, AgentStatus.AWAY);
            setStatus(carol, AgentStatus.AWAY);
            try (VisitorClient visitor = startChat()) {
                long id = queued(visitor);

                alice.send(ChatMessages.ASSIGN, new ChatMessages.Assign(id, aliceId, "me"));
                assertThat(alice.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(403);
                carol.send(ChatMessages.ASSIGN, new ChatMessages.Assign(id, aliceId, "she knows this customer"));

                JsonNode assigned = alice.await(ChatMessages.ASSIGNED).payload();
                assertThat(assigned.path("ownerId").asLong()).isEqualTo(aliceId);
                JsonNode step = last(assigned.path("routing").path("history"));
                assertThat(step.path("type").asText()).isEqualTo("ASSIGNED");
                assertThat(step.path("agentId").asLong()).isEqualTo(aliceId);
                assertThat(step.path("actorId").asLong()).isEqualTo(carolId);
                assertThat(step.path("note").asText()).isEqualTo("she knows this customer");
                JsonNode audit = lastAudit("chat.assign");
                assertThat(audit.path("actorId").asLong()).isEqualTo(carolId);
                assertThat(audit.path("detail").asText()).contains("to=agent:" + aliceId, "she knows this customer");
            }
        }
    }

    @Test
    void aSupervisorTakesAChatOverAndItsAgentSeesItLeave() {
        try (SocketClient alice = online(aliceToken); VisitorClient visitor = startChat()) {
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            try (SocketClient carol = online(carolToken)) {
                carol.send(ChatMessages.TAKE_OVER, new ChatMessages.TakeOver(id, "escalated complaint"));

                JsonNode taken = carol.await(ChatMessages.ASSIGNED).payload();
                assertThat(taken.path("ownerId").asLong()).isEqualTo(carolId);
                JsonNode step = last(taken.path("routing").path("history"));
                assertThat(step.path("type").asText()).isEqualTo("TAKEN_OVER");
                assertThat(step.path("fromAgentId").asLong()).isEqualTo(aliceId);
                assertThat(step.path("note").asText()).isEqualTo("escalated complaint");
                JsonNode left = alice.await(ChatMessages.LEFT).payload();
                assertThat(left.path("conversationId").asLong()).isEqualTo(id);
                assertThat(left.path("why").asText()).isEqualTo("TAKEN_OVER");
                assertThat(left.path("by").asText()).isEqualTo("Carol 陈静");
                assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && "Carol 陈静".equals(e.payload().path("agentName").asText()),
                        "the visitor hears who serves them now")).isNotNull();
                assertThat(api.post("/api/v1/conversations/" + id + "/messages", aliceToken, Map.of("clientId", "a-1", "text", "still me"))
                        .status()).as("alice has left the chat").isEqualTo(403);
                assertThat(lastAudit("chat.take-over").path("detail").asText()).contains("from=agent:" + aliceId, "escalated complaint");

                alice.send(ChatMessages.TAKE_OVER, new ChatMessages.TakeOver(id, null));
                assertThat(alice.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).as("agents do not take over")
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void aSupervisorTransfersAnAgentsChatAndTheAgentIsTold() {
        String bobToken = backend.token("bob");
        long bobId = idOf(bobToken);
        try (SocketClient alice = online(aliceToken); VisitorClient visitor = startChat()) {
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            try (SocketClient bob = online(bobToken); SocketClient carol = online(carolToken)) {
                carol.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, bobId, null, "bob handles repairs"));

                JsonNode step = last(bob.await(ChatMessages.ASSIGNED).payload().path("routing").path("history"));
                assertThat(step.path("type").asText()).isEqualTo("TRANSFERRED");
                assertThat(step.path("actorId").asLong()).isEqualTo(carolId);
                assertThat(step.path("fromAgentId").asLong()).isEqualTo(aliceId);
                assertThat(step.path("agentId").asLong()).isEqualTo(bobId);
                JsonNode left = alice.await(ChatMessages.LEFT).payload();
                assertThat(left.path("why").asText()).isEqualTo("TRANSFERRED");
                assertThat(left.path("by").asText()).isEqualTo("Carol 陈静");
                assertThat(lastAudit("chat.transfer").path("detail").asText())
                        .isEqualTo("from=agent:" + aliceId + "; to=agent:" + bobId + "; reason=bob handles repairs");
            }
        }
    }

    @Test
    void aSupervisorTransfersAWaitingChatToAnAgentWhoThenServesIt() {
        String bobToken = backend.token("bob");
        long bobId = idOf(bobToken);
        try (SocketClient carol = online(carolToken); SocketClient bob = online(bobToken)) {
            setStatus(carol, AgentStatus.AWAY);
            try (VisitorClient visitor = startChat()) {
                long id = queued(visitor);

                carol.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, bobId, null, null));

                JsonNode assigned = bob.await(ChatMessages.ASSIGNED).payload();
                assertThat(assigned.path("status").asText()).isEqualTo("ACTIVE");
                assertThat(assigned.path("ownerId").asLong()).isEqualTo(bobId);
                assertThat(api.get("/api/v1/conversations/" + id, bobToken).json().path("status").asText()).isEqualTo("ACTIVE");
            }
        }
    }

    private long idOf(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asLong();
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

    private JsonNode lastAudit(String action) {
        JsonNode entries = api.get("/api/v1/audit?limit=1000", backend.token("admin")).json();
        return StreamSupport.stream(entries.spliterator(), false).filter(e -> action.equals(e.path("action").asText()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + action + " in " + entries));
    }
}
