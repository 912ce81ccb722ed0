package dev.switchboard.server.canned;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Personal and group canned replies, and that sync shows each only to who may use it. */
class CannedReplyTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");

    @Test
    void personalRepliesAreTheOwnersAlone() {
        ApiResponse created = api.post("/api/v1/canned-replies", alice, reply(null, "refund", "退款说明",
                "{visitor.name}您好，退款会在 3 个工作日内原路退回。"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("ownerId").asLong()).isPositive();

        assertThat(api.get("/api/v1/canned-replies", alice).json().findValuesAsText("shortcut")).contains("refund");
        assertThat(api.get("/api/v1/canned-replies", bob).json().findValuesAsText("shortcut")).doesNotContain("refund");
        assertThat(syncedShortcuts(alice)).contains("refund");
        assertThat(syncedShortcuts(bob)).doesNotContain("refund");
        assertThat(api.send("PUT", "/api/v1/canned-replies/" + created.json().path("id").asLong(), bob,
                "{\"shortcut\":\"x\",\"title\":\"x\",\"body\":\"x\"}", ApiClient.JSON).status()).isEqualTo(404);
    }

    @Test
    void groupRepliesAreWrittenBySupervisorsAndReachTheGroupLive() {
        try (SocketClient aliceSocket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            aliceSocket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            aliceSocket.await(MessageTypes.SYNC_CAUGHT_UP);

            assertThat(api.post("/api/v1/canned-replies", alice, reply(1L, "hours", "营业时间", "9:00–21:00")).status())
                    .as("agents share nothing").isEqualTo(403);
            ApiResponse shared = api.post("/api/v1/canned-replies", carol, reply(1L, "hours", "营业时间", "我们的在线客服时间是 9:00–21:00。"));
            assertThat(shared.status()).isEqualTo(201);
            long id = shared.json().path("id").asLong();

            Envelope live = aliceSocket.await(e -> e.type().equals(MessageTypes.CHANGE) && CannedReply.ENTITY.equals(e.payload().path("entity").asText()),
                    "the shared reply");
            assertThat(live.payload().path("data").path("shortcut").asText()).isEqualTo("hours");
            assertThat(api.get("/api/v1/canned-replies", alice).json().findValuesAsText("shortcut")).contains("hours");
            assertThat(api.get("/api/v1/canned-replies", bob).json().findValuesAsText("shortcut")).as("bob is in another group")
                    .doesNotContain("hours");
            assertThat(syncedShortcuts(bob)).doesNotContain("hours");

            assertThat(api.send("PUT", "/api/v1/canned-replies/" + id, carol,
                    "{\"shortcut\":\"hours\",\"title\":\"营业时间\",\"body\":\"9:00–22:00\",\"version\":1}", ApiClient.JSON).json().path("version").asLong())
                    .isEqualTo(2);
            assertThat(api.send("DELETE", "/api/v1/canned-replies/" + id, alice, null, null).status()).isEqualTo(404);
            assertThat(api.send("DELETE", "/api/v1/canned-replies/" + id, carol, null, null).status()).isEqualTo(204);
            aliceSocket.await(e -> e.type().equals(MessageTypes.CHANGE) && "DELETE".equals(e.payload().path("op").asText()), "the deletion");
        }
    }

    @Test
    void badRepliesNameTheirFields() {
        ApiResponse bad = api.post("/api/v1/canned-replies", alice, reply(null, "with space", "", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("shortcut", "title", "body");
    }

    private java.util.List<String> syncedShortcuts(String token) {
        ChangePage page = api.get("/api/v1/sync?after=0&limit=1000", token).as(ChangePage.class);
        return page.changes().stream().filter(c -> CannedReply.ENTITY.equals(c.entity()) && c.data() != null)
                .map(c -> c.data().path("shortcut").asText()).toList();
    }

    private static Map<String, Object> reply(Long groupId, String shortcut, String title, String body) {
        Map<String, Object> reply = new HashMap<>(Map.of("shortcut", shortcut, "title", title, "body", body));
        if (groupId != null) {
            reply.put("groupId", groupId);
        }
        return reply;
    }
}
