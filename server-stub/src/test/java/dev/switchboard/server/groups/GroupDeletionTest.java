package dev.switchboard.server.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code DELETE /api/v1/groups/{id}}: refused while anything still sends work to the group or works
 * in it; otherwise the group goes with its settings, and its past chats stay in the history.
 */
class GroupDeletionTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void aGroupInUseIsRefusedWithWhatUsesItAndOnceFreedItGoesWhileItsPastChatsStay() throws Exception {
        RoutingRulesFromScratch.removeAll(api, admin);
        long aliceId = api.get("/api/v1/auth/me", backend.token("alice")).json().path("id").asLong();
        long temp = api.post("/api/v1/groups", admin, Map.of("name", "Temp", "description", "for a campaign")).json().path("id").asLong();
        ObjectNode setup = (ObjectNode) api.get("/api/v1/groups/" + temp + "/setup", admin).json();
        setup.set("members", GroupSetupApiTest.members(aliceId, 5));
        setup.set("businessHours", GroupSetupApiTest.json(GroupSetupApiTest.HOURS.replace("Asia/Shanghai", "UTC")));
        assertThat(api.send("PUT", "/api/v1/groups/" + temp + "/setup", admin, setup.toString(), ApiClient.JSON).status()).isEqualTo(200);
        ApiResponse rule = api.post("/api/v1/routing-rules", admin, Map.of("name", "Campaign", "groupId", temp, "urlPattern", "*/campaign*"));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);

        try (SocketClient alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("alice", TestBackend.PASSWORD));
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/campaign", "Campaign", null)) {
            alice.await(MessageTypes.WELCOME);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long chat = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            alice.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat, "the campaign's chat");

            ApiResponse inUse = api.send("DELETE", "/api/v1/groups/" + temp, admin, null, null);
            assertThat(inUse.status()).isEqualTo(409);
            assertThat(inUse.json().path("errors").findValuesAsText("field")).containsExactly("members", "openChats", "routingRules");
            assertThat(inUse.json().path("detail").asText()).contains("still in use");

            ServedChats.end(alice, chat);
            assertThat(api.send("DELETE", "/api/v1/routing-rules/" + rule.json().path("id").asLong(), admin, null, null).status()).isEqualTo(204);
            JsonNode current = api.get("/api/v1/groups/" + temp + "/setup", admin).json();
            ((ObjectNode) current).set("members", GroupSetupApiTest.members());
            assertThat(api.send("PUT", "/api/v1/groups/" + temp + "/setup", admin, current.toString(), ApiClient.JSON).status()).isEqualTo(200);
            long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

            assertThat(api.send("DELETE", "/api/v1/groups/" + temp, backend.token("carol"), null, null).status()).as("supervisors").isEqualTo(403);
            assertThat(api.send("DELETE", "/api/v1/groups/" + temp, admin, null, null).status()).isEqualTo(204);

            assertThat(api.get("/api/v1/groups/" + temp, admin).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/groups/" + temp + "/business-hours", admin).status()).isEqualTo(404);
            JsonNode past = api.get("/api/v1/conversations/" + chat, admin).json();
            assertThat(past.path("status").asText()).as("the chat stays in the history").isEqualTo("ENDED");
            assertThat(past.path("groupId").isMissingNode() || past.path("groupId").isNull()).as("without its group").isTrue();
            assertThat(api.get("/api/v1/sync?after=" + cursor, admin).json().path("changes")).anySatisfy(change -> {
                assertThat(change.path("entity").asText()).isEqualTo("group");
                assertThat(change.path("op").asText()).isEqualTo("DELETE");
                assertThat(change.path("entityId").asText()).isEqualTo(Long.toString(temp));
            });
            assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("action")).contains("group.delete");
            assertThat(api.send("DELETE", "/api/v1/groups/" + temp, admin, null, null).status()).isEqualTo(404);
        }
    }
}
