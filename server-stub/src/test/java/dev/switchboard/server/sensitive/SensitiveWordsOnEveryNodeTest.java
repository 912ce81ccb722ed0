package dev.switchboard.server.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word added on one node holds the next agent message on another at once (ADR 0008: no node
 * keeps its own truth): each node checks against a copy of the words that it compares with the
 * database's version before every message. Two backends share one database, as nodes would; the
 * chat stays on node A.
 */
class SensitiveWordsOnEveryNodeTest {

    @RegisterExtension
    static final BackendExtension nodeA = BackendExtension.perTest();
    final ApiClient onA = nodeA.api();
    final String admin = nodeA.token("admin");
    final String alice = nodeA.token("alice");
    TestBackend nodeB;

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aWordAddedOnAnotherNodeHoldsThisNodesNextMessage(@TempDir Path dataOfB) {
        assertThat(onA.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"CONFIRM\",\"words\":[\"scam\"]}", ApiClient.JSON)
                .status()).isEqualTo(200);
        try (SocketClient desk = SocketClient.connect(nodeA.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(nodeA, null, null, "https://shop.example.cn/", "Shop", null)) {
            desk.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long chat = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            desk.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat, "chat " + chat);
            assertThat(post(chat, "m-1", "请加我微信 sb2026").status()).as("node A has read its words: nothing sensitive yet").isEqualTo(201);

            nodeB = SecondNode.start(nodeA, dataOfB);
            ApiResponse added = new ApiClient(nodeB.server().baseUrl()).post("/api/v1/sensitive-words/entries", admin, Map.of("words", List.of("加我微信")));
            assertThat(added.status()).as(added.body()).isEqualTo(200);

            ApiResponse held = post(chat, "m-2", "请加我微信 sb2026");
            assertThat(held.status()).as("node A, right after node B added the word").isEqualTo(422);
            assertThat(held.json().path("errors").findValuesAsText("message")).containsExactly("加我微信");
        }
    }

    private ApiResponse post(long chat, String clientId, String text) {
        return onA.send("POST", "/api/v1/conversations/" + chat + "/messages", alice,
                "{\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}", ApiClient.JSON);
    }
}
