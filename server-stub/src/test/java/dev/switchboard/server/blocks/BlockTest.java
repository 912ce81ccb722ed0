package dev.switchboard.server.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlockTest {

    static final String PAGE = "https://shop.example.cn/";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void aBlockedVisitorIsDisconnectedRefusedAfterARestartAndLetInAfterTheLift() {
        String id;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            id = visitor.visitorId();
            token = visitor.token();
            ApiResponse blocked = api.post("/api/v1/blocks", alice, Map.of("visitorId", id, "reason", "abusive language", "blockIp", false));
            assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
            assertThat(blocked.json().has("ip")).as("agents never see addresses").isFalse();

            visitor.await(WidgetMessages.BLOCKED);
            assertThat(visitor.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_BLOCKED);
        }

        backend.restart();

        assertThat(helloIsRefused(id, token)).isTrue();
        assertThat(api.post("/api/v1/visitors/" + id + "/invitations", alice, Map.of("message", "Hi")).status()).isIn(404, 409);
        JsonNode blocks = api.get("/api/v1/blocks", admin).json();
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).path("reason").asText()).isEqualTo("abusive language");
        assertThat(blocks.get(0).path("createdByName").asText()).isEqualTo("Alice 王丽");

        assertThat(api.post("/api/v1/blocks/" + blocks.get(0).path("id").asLong() + "/lift", alice, "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/blocks/" + blocks.get(0).path("id").asLong() + "/lift", admin, "").status()).isEqualTo(200);
        try (VisitorClient back = VisitorClient.arrive(backend, id, token, PAGE, "Home", null)) {
            assertThat(back.visitorId()).isEqualTo(id);
        }

        JsonNode audit = api.get("/api/v1/audit", admin).json();
        // the demo's seeding is audited too (its shared canned replies): only the visitors' entries are this test's
        assertThat(audit.findValuesAsText("action").stream().filter(action -> action.startsWith("visitor.")))
                .containsExactly("visitor.block", "visitor.unblock");
        assertThat(api.get("/api/v1/audit", alice).status()).isEqualTo(403);
    }

    @Test
    void blockingTheAddressKeepsOutNewIdentitiesFromIt() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            api.post("/api/v1/blocks", alice, Map.of("visitorId", visitor.visitorId(), "reason", "spam", "blockIp", true));
            visitor.await(WidgetMessages.BLOCKED);
        }
        assertThat(helloIsRefused(null, null)).as("a fresh identity from the same address").isTrue();
        JsonNode block = api.get("/api/v1/blocks", admin).json().get(0);
        assertThat(block.path("ipBlocked").asBoolean()).isTrue();
        assertThat(block.path("ip").asText()).as("administrators see the address").isNotBlank();
    }

    @Test
    void anExpiredBlockNoLongerApplies() {
        String id;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            id = visitor.visitorId();
            token = visitor.token();
            api.post("/api/v1/blocks", alice, Map.of("visitorId", id, "reason", "cool down",
                    "expiresAt", backend.clock().instant().plusSeconds(3600).toString()));
            visitor.await(WidgetMessages.BLOCKED);
        }
        assertThat(helloIsRefused(id, token)).isTrue();
        backend.clock().advance(java.time.Duration.ofHours(2));
        assertThat(helloIsRefused(id, token)).isFalse();
    }

    @Test
    void badBlocksAreRefused() {
        assertThat(api.post("/api/v1/blocks", alice, Map.of("visitorId", "nobody", "reason", "x")).status()).isEqualTo(404);
        ApiResponse invalid = api.post("/api/v1/blocks", alice, Map.of("reason", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field")).contains("visitorId", "reason");
        assertThat(api.post("/api/v1/blocks", null, Map.of("visitorId", "x", "reason", "y")).status()).isEqualTo(401);
    }

    private boolean helloIsRefused(String visitorId, String token) {
        try (VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn")) {
            page.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", visitorId, token, new PageView(PAGE, "Home", null, "zh-CN", null)));
            String type = page.socket().await(e -> e.type().equals(WidgetMessages.BLOCKED) || e.type().equals(WidgetMessages.WELCOME),
                    "blocked or welcome").type();
            return type.equals(WidgetMessages.BLOCKED) && page.socket().closeCode() == WidgetMessages.CLOSE_BLOCKED;
        }
    }
}
