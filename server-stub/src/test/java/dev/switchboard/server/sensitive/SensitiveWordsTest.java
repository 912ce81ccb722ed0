package dev.switchboard.server.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sensitive words over the real sockets and REST: agents' messages held, visitors' flagged to supervisors. */
class SensitiveWordsTest {

    static final String PAGE = "https://shop.example.cn/pricing";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");

    @BeforeEach
    void words() {
        words("CONFIRM");
    }

    @Test
    void anAgentsMessageWithASensitiveWordIsRefusedUntilConfirmed() {
        try (SocketClient desk = online(alice); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startServed(visitor, desk);

            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "加我微信号 abc123 聊", null));
            JsonNode problem = desk.await(MessageTypes.ERROR).payload().path("problem");
            assertThat(problem.path("status").asInt()).isEqualTo(422);
            assertThat(problem.path("type").asText()).endsWith("/sensitive-words");
            assertThat(problem.path("errors").findValuesAsText("message")).containsExactly("微信号");
            assertThat(messages(id)).doesNotContain("加我微信号 abc123 聊");

            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "加我微信号 abc123 聊", null, null, true));
            long seq = desk.await(ChatMessages.ACK).payload().path("seq").asLong();
            visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("seq").asLong() == seq, "the confirmed message");
            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "加我微信号 abc123 聊", null));
            assertThat(desk.await(ChatMessages.ACK).payload().path("seq").asLong()).as("sent again unconfirmed: the stored copy").isEqualTo(seq);

            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "n-1", "客户想加微信号，已拒绝", true));
            assertThat(desk.await(ChatMessages.ACK).payload().path("clientId").asText()).as("notes stay among agents: not held").isEqualTo("n-1");

            assertThat(api.send("POST", "/api/v1/conversations/" + id + "/messages", alice, "{\"clientId\":\"r-1\",\"text\":\"This is no SCAM\"}",
                    ApiClient.JSON).status()).as("over REST too, whatever the case").isEqualTo(422);
            assertThat(api.send("POST", "/api/v1/conversations/" + id + "/messages", alice,
                    "{\"clientId\":\"r-1\",\"text\":\"This is no SCAM\",\"sensitiveConfirmed\":true}", ApiClient.JSON).status()).isEqualTo(201);
        }
    }

    @Test
    void whereAdministratorsBlockThemAConfirmationDoesNotHelp() {
        words("BLOCK");
        try (SocketClient desk = online(alice); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startServed(visitor, desk);

            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "这不是 scam", null, null, true));
            JsonNode problem = desk.await(MessageTypes.ERROR).payload().path("problem");
            assertThat(problem.path("status").asInt()).isEqualTo(422);
            assertThat(problem.path("detail").asText()).contains("cannot be sent");
            desk.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-2", "这不是骗局", null));
            assertThat(desk.await(ChatMessages.ACK).payload().path("clientId").asText()).isEqualTo("a-2");
        }
    }

    @Test
    void aVisitorsMessageWithASensitiveWordIsDeliveredAndFlaggedToSupervisors() {
        try (SocketClient desk = online(alice); SocketClient supervisor = online(carol);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            // Carol watches the team, away from chats: Alice gets the chat
            supervisor.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
            supervisor.await(MessageTypes.ACK);
            long id = startServed(visitor, desk);

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "你们就是 Scam，我要投诉", null));
            long seq = visitor.await(ChatMessages.ACK).payload().path("seq").asLong();
            desk.await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("seq").asLong() == seq, "delivered as it is");
            JsonNode flag = supervisor.await(SensitiveWordFlag.FLAGGED).payload();
            assertThat(flag.path("conversationId").asLong()).isEqualTo(id);
            assertThat(flag.path("seq").asLong()).isEqualTo(seq);
            assertThat(flag.path("words").toString()).as("as the list has it").isEqualTo("[\"scam\"]");
            assertThat(desk.await(SensitiveWordFlag.FLAGGED).payload().path("seq").asLong()).as("the chat's agent sees it too").isEqualTo(seq);

            JsonNode listed = api.get("/api/v1/sensitive-word-flags?conversationId=" + id, carol).json();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).path("seq").asLong()).isEqualTo(seq);
            assertThat(api.get("/api/v1/sensitive-word-flags", alice).status()).as("for supervisors").isEqualTo(403);
        }
    }

    @Test
    void theListIsCheckedAndOnlyAdministratorsChangeIt() {
        assertThat(api.send("PUT", "/api/v1/sensitive-words", carol, "{\"agentMode\":\"BLOCK\",\"words\":[]}", ApiClient.JSON).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"LOUD\",\"words\":[]}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"BLOCK\",\"words\":[\" \",\"" + "长".repeat(51) + "\"]}",
                ApiClient.JSON).json().path("errors").findValuesAsText("field")).containsExactly("words[0]", "words[1]");
        JsonNode saved = api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"BLOCK\",\"words\":[\" 退款 \",\"Scam\",\"scam\"]}",
                ApiClient.JSON).json();
        assertThat(saved.path("words").toString()).as("stripped, once whatever the case, in order").isEqualTo("[\"Scam\",\"退款\"]");
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("words").toString()).isEqualTo("[\"Scam\",\"退款\"]");
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("agentMode").asText()).isEqualTo("BLOCK");
    }

    private void words(String mode) {
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"" + mode + "\",\"words\":[\"微信号\",\"scam\"]}",
                ApiClient.JSON).status()).isEqualTo(200);
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private static long startServed(VisitorClient visitor, SocketClient agent) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        agent.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == id, "chat " + id);
        return id;
    }

    private java.util.List<String> messages(long id) {
        return api.get("/api/v1/conversations/" + id + "/messages", carol).json().path("messages").findValuesAsText("body");
    }
}
