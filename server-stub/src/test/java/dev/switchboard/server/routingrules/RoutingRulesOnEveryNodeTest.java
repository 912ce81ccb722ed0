package dev.switchboard.server.routingrules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule changed on one node routes the next chat on another at once: each node keeps the rules in
 * memory, and a node reads their version before routing (ADR 0008, {@code NodeCopy}). Two backends
 * share one database here, as nodes of a cluster would. No agent is online, so the chat waits in the
 * group the rules chose.
 */
class RoutingRulesOnEveryNodeTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final long VIP = 3;
    static final String RULES = "/api/v1/routing-rules";

    @RegisterExtension
    static final BackendExtension nodeA = BackendExtension.perTest();
    final ApiClient onA = nodeA.api();
    final String admin = nodeA.token("admin");
    TestBackend nodeB;

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aRuleMadeAndChangedOnAnotherNodeRoutesThisNodesNextChat(@TempDir Path dataOfB) {
        nodeB = SecondNode.start(nodeA, dataOfB);
        ApiClient onB = new ApiClient(nodeB.server().baseUrl());
        RoutingRulesFromScratch.removeAll(onB, admin);
        assertThat(englishSpeaker().path("ruleName").asText()).as("node A routes by no rule yet").isEqualTo("fallback");

        ApiResponse created = onB.post(RULES, admin, Map.of("name", "English speakers", "groupId", VIP, "language", "en"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode decision = englishSpeaker();
        assertThat(decision.path("ruleName").asText()).as("node A, right after node B made the rule").isEqualTo("English speakers");
        assertThat(decision.path("groupId").asLong()).isEqualTo(VIP);

        long id = created.json().path("id").asLong();
        ApiResponse changed = onB.send("PUT", RULES + "/" + id, admin,
                "{\"name\":\"English speakers\",\"groupId\":" + AFTERSALES + ",\"language\":\"en\",\"version\":1}", ApiClient.JSON);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(englishSpeaker().path("groupId").asLong()).as("node A, right after node B changed the rule").isEqualTo(AFTERSALES);
        assertThat(onA.get(RULES, admin).json().get(0).path("version").asLong()).as("node A lists the rule as changed").isEqualTo(2);

        // a real chat on node A, routed as it starts; node B stops first, as two nodes' queue drains do not share chats yet (ADR 0008)
        nodeB.close();
        nodeB = null;
        try (VisitorClient visitor = VisitorClient.arriveSpeaking(nodeA, "en-GB", "https://shop.example.cn/")) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long chat = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
            JsonNode conversation = onA.get("/api/v1/conversations/" + chat, admin).json();
            assertThat(conversation.path("groupId").asLong()).isEqualTo(AFTERSALES);
            assertThat(conversation.path("routing").path("ruleName").asText()).isEqualTo("English speakers");
        }
    }

    private JsonNode englishSpeaker() {
        ApiResponse answer = onA.post(RULES + "/test", admin, Map.of("language", "en-US"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
