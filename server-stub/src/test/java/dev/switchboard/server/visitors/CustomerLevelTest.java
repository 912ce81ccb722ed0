package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Customer levels: set by staff on a visitor, shown with the visitor, kept across visits and restarts. */
class CustomerLevelTest {

    static final String PAGE = "https://shop.example.cn/products/aurora-x1";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void anAgentMarksAVisitorVipAndEveryoneSeesItAcrossVisitsAndRestarts() {
        String visitorId;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Aurora X1", null)) {
            visitorId = visitor.visitorId();
            token = visitor.token();
            ApiResponse set = level(visitorId, alice, "{\"level\":\" VIP \"}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.json().path("id").asText()).isEqualTo(visitorId);
            assertThat(set.json().path("customerLevel").asText()).as("stored without the blanks").isEqualTo("VIP");
            JsonNode listed = api.get("/api/v1/visitors", alice).json().findParents("id").stream()
                    .filter(v -> v.path("id").asText().equals(visitorId)).findFirst().orElseThrow();
            assertThat(listed.path("customerLevel").asText()).isEqualTo("VIP");
        }
        backend.restart();
        String bob = api.token("bob", TestBackend.PASSWORD);
        assertThat(api.get("/api/v1/visitors/" + visitorId, bob).json().path("visitor").path("customerLevel").asText())
                .as("a visitor no longer online").isEqualTo("VIP");
        try (VisitorClient back = VisitorClient.arrive(backend, visitorId, token, PAGE, "Aurora X1", null)) {
            assertThat(back.visitorId()).isEqualTo(visitorId);
            assertThat(api.get("/api/v1/visitors/" + visitorId, bob).json().path("visitor").path("customerLevel").asText())
                    .as("the returning visitor, live again").isEqualTo("VIP");

            assertThat(level(visitorId, bob, "{\"level\":null}").json().has("customerLevel")).as("cleared").isFalse();
            assertThat(api.get("/api/v1/visitors/" + visitorId, bob).json().path("visitor").has("customerLevel")).isFalse();
        }
        String admin = api.token("admin", TestBackend.PASSWORD);
        JsonNode audit = api.get("/api/v1/audit", admin).json();
        assertThat(audit.findValuesAsText("action")).containsSubsequence("visitor.level", "visitor.level");
        assertThat(audit.findValuesAsText("detail")).contains("level=VIP", "cleared");
    }

    @Test
    void badLevelsAndUnknownVisitorsAreRefusedWithProblems() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Aurora X1", null)) {
            String id = visitor.visitorId();
            for (String body : new String[] {"{\"level\":\"   \"}", "{\"level\":\"" + "V".repeat(33) + "\"}", "{\"level\":\"VIP\\u0000\"}"}) {
                ApiResponse refused = level(id, alice, body);
                assertThat(refused.status()).as(body).isEqualTo(400);
                assertThat(refused.problemSlug()).isEqualTo("validation");
            }
            assertThat(level(id, alice, "{\"level\":\"VIP\",\"priority\":99}").problemSlug()).isEqualTo("malformed-json");
            assertThat(level(id, null, "{\"level\":\"VIP\"}").status()).isEqualTo(401);
            assertThat(level("nobody", alice, "{\"level\":\"VIP\"}").status()).isEqualTo(404);
            assertThat(level("x".repeat(40), alice, "{\"level\":\"VIP\"}").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/visitors/" + id, alice).json().path("visitor").has("customerLevel")).isFalse();
        }
    }

    private ApiResponse level(String visitorId, String token, String body) {
        return api.send("PUT", "/api/v1/visitors/" + visitorId + "/level", token, body, ApiClient.JSON);
    }
}
