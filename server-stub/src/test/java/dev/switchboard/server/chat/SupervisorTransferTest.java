package dev.switchboard.server.chat;

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
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A supervisor transfers any chat of the groups they supervise, with a reason that the chat's
 * routing history and the audit log keep; a supervisor of other groups is refused, an
 * administrator is not.
 */
class SupervisorTransferTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String aliceToken = backend.token("alice");
    final String bobToken = backend.token("bob");
    final String carolToken = backend.token("carol");
    final long aliceId = idOf(aliceToken);
    final long bobId = idOf(bobToken);
    final long carolId = idOf(carolToken);

    @Test
    void aSupervisorTransfersAnAgentsChatToAGroupAndTheReasonIsInItsRoutingHistory() {
        long aftersales = groupId("售后 After-sales");
        try (SocketClient alice = online(aliceToken); VisitorClient visitor = startChat()) {
            long id = alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            try (SocketClient bob = online(bobToken); SocketClient carol = online(carolToken)) {
                // carol supervises after-sales too: away, so that the queue gives the chat to bob
                setStatus(carol, AgentStatus.AWAY);
                carol.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, null, aftersales, "wants a repair"));

                JsonNode assigned = bob.await(ChatMessages.ASSIGNED).payload();
                assertThat(assigned.path("id").asLong()).isEqualTo(id);
                JsonNode step = stepOf(assigned.path("routing").path("history"), "TRANSFERRED_TO_GROUP");
                assertThat(step.path("actorId").asLong()).isEqualTo(carolId);
                assertThat(step.path("fromAgentId").asLong()).isEqualTo(aliceId);
                assertThat(step.path("groupId").asLong()).isEqualTo(aftersales);
                assertThat(step.path("note").asText()).isEqualTo("wants a repair");
                assertThat(alice.await(ChatMessages.LEFT).payload().path("by").asText()).isEqualTo("Carol 陈静");
                assertThat(lastAudit("chat.transfer").path("detail").asText())
                        .isEqualTo("from=agent:" + aliceId + "; to=group:" + aftersales + "; reason=wants a repair");
                assertThat(lastAudit("chat.transfer").path("actorId").asLong()).isEqualTo(carolId);
            }
        }
    }

    @Test
    void aSupervisorOfOtherGroupsIsRefusedAndAnAdministratorIsNot() {
        long aftersales = groupId("售后 After-sales");
        assertThat(api.post("/api/v1/agents", admin, Map.of("login", "dora", "displayName", "Dora 赵敏", "password", "dora-supervises-1",
                "role", "SUPERVISOR", "groupIds", List.of(aftersales), "maxChats", 5)).status()).isEqualTo(201);
        String doraToken = api.token("dora", "dora-supervises-1");
        try (SocketClient alice = online(aliceToken); VisitorClient visitor = startChat()) {
            JsonNode chat = alice.await(ChatMessages.ASSIGNED).payload();
            long id = chat.path("id").asLong();
            assertThat(chat.path("groupId").asLong()).as("a pre-sales chat").isNotEqualTo(aftersales);
            try (SocketClient bob = online(bobToken); SocketClient dora = online(doraToken)) {
                setStatus(dora, AgentStatus.AWAY);
                String transfer = dora.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, bobId, null, "not hers to move"));
                assertThat(refusal(dora, transfer)).as("transfer").isEqualTo(403);
                String takeOver = dora.send(ChatMessages.TAKE_OVER, new ChatMessages.TakeOver(id, "nor to take"));
                assertThat(refusal(dora, takeOver)).as("take over").isEqualTo(403);
                assertThat(api.get("/api/v1/conversations/" + id, aliceToken).json().path("ownerId").asLong()).as("still alice's")
                        .isEqualTo(aliceId);

                try (SocketClient administrator = online(admin)) {
                    administrator.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(id, bobId, null, "bob knows this customer"));
                    JsonNode step = stepOf(bob.await(ChatMessages.ASSIGNED).payload().path("routing").path("history"), "TRANSFERRED");
                    assertThat(step.path("note").asText()).isEqualTo("bob knows this customer");
                    assertThat(lastAudit("chat.transfer").path("detail").asText()).endsWith("; reason=bob knows this customer");
                }
            }
        }
    }

    /** The status of the error answering {@code ref}; fails if the message was acknowledged instead. */
    private static int refusal(SocketClient socket, String ref) {
        JsonNode answer = socket.await(e -> (e.type().equals(MessageTypes.ERROR) || e.type().equals(MessageTypes.ACK))
                && ref.equals(e.payload().path("ref").asText()), "the answer to " + ref).payload();
        assertThat(answer.has("problem")).as("refused, not acknowledged").isTrue();
        return answer.path("problem").path("status").asInt();
    }

    private static JsonNode stepOf(JsonNode history, String type) {
        return StreamSupport.stream(history.spliterator(), false).filter(step -> type.equals(step.path("type").asText()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " step in " + history));
    }

    private long idOf(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asLong();
    }

    private long groupId(String name) {
        for (JsonNode group : api.get("/api/v1/groups", admin).json()) {
            if (group.path("name").asText().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
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
        JsonNode entries = api.get("/api/v1/audit?limit=1000", admin).json();
        return StreamSupport.stream(entries.spliterator(), false).filter(e -> action.equals(e.path("action").asText()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + action + " in " + entries));
    }
}
