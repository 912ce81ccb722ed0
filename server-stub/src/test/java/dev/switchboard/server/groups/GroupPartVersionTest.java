package dev.switchboard.server.groups;

import static dev.switchboard.server.testing.SpreadsheetUploads.csv;
import static dev.switchboard.server.testing.SpreadsheetUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint that changes one part of a group raises the group's version, which stands for
 * the whole setup (ADR 0021): a workstation that read the setup before gets a 409 for its save
 * instead of overwriting the part, and the change log carries the group at its new version.
 */
class GroupPartVersionTest {

    static final long PRESALES = 1;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void chatSettingsRaiseTheVersion() {
        assertAPartChangeIsNoticed(() -> api.send("PUT", "/api/v1/groups/1/chat-settings", admin, "{\"maxWaitSeconds\":77}", ApiClient.JSON),
                after -> assertThat(after.path("maxWaitSeconds").asInt()).isEqualTo(77));
    }

    @Test
    void businessHoursSetAndRemovedRaiseTheVersion() {
        assertAPartChangeIsNoticed(() -> api.send("PUT", "/api/v1/groups/1/business-hours", admin, GroupSetupApiTest.HOURS, ApiClient.JSON),
                after -> assertThat(after.path("businessHours").path("weekly")).hasSize(3));
        assertAPartChangeIsNoticed(() -> api.send("DELETE", "/api/v1/groups/1/business-hours", admin, null, null),
                after -> assertThat(after.path("businessHours").isNull()).isTrue());
    }

    @Test
    void theWrapUpRuleRaisesTheVersion() {
        assertAPartChangeIsNoticed(() -> api.send("PUT", "/api/v1/groups/1/wrap-up", admin, "{\"mode\":\"REQUIRED\",\"timeLimitSeconds\":90}",
                ApiClient.JSON), after -> assertThat(after.path("wrapUp").path("mode").asText()).isEqualTo("REQUIRED"));
    }

    @Test
    void automaticMessagesRaiseTheVersion() {
        assertAPartChangeIsNoticed(() -> api.send("PUT", "/api/v1/groups/1/auto-messages", admin, "{\"welcome\":{\"en\":\"Hi there\"}}",
                ApiClient.JSON), after -> assertThat(after.path("autoMessages").path("welcome").path("en").asText()).isEqualTo("Hi there"));
    }

    @Test
    void aSkillSetInTheGroupRaisesTheVersion() {
        long alice = idOf("alice");
        assertAPartChangeIsNoticed(() -> api.send("PUT", "/api/v1/groups/1/members/" + alice + "/skill", admin, "{\"skill\":8}", ApiClient.JSON),
                after -> assertThat(after.path("members").findValues("skill").stream().map(JsonNode::asInt)).contains(8));
    }

    @Test
    void membersJoiningOrLeavingThroughTheirAccountRaiseTheVersion() {
        long bob = idOf("bob");
        long alice = idOf("alice");
        assertAPartChangeIsNoticed(() -> api.patch("/api/v1/agents/" + bob, admin, Map.of("groupIds", List.of(PRESALES, 2))),
                after -> assertThat(after.path("members").findValuesAsText("agentId")).contains(Long.toString(bob)));
        assertAPartChangeIsNoticed(() -> api.patch("/api/v1/agents/" + alice, admin, Map.of("skills", Map.of(Long.toString(PRESALES), 3))),
                after -> assertThat(after.path("members").findValues("skill").stream().map(JsonNode::asInt)).contains(3));
        assertAPartChangeIsNoticed(() -> api.post("/api/v1/agents", admin, Map.of("login", "dana", "displayName", "Dana",
                        "password", "dana-secret-1", "role", "AGENT", "groupIds", List.of(PRESALES))),
                after -> assertThat(after.path("members")).hasSize(4));
        assertAPartChangeIsNoticed(() -> upload(api.baseUrl(), "/api/v1/agents/import?dryRun=false", admin, csv(StandardCharsets.UTF_8, false,
                        "login,displayName,role,groups,maxChats,enabled,password", "erin,Erin,AGENT,售前 Pre-sales,,,a long enough passphrase")),
                after -> assertThat(after.path("members")).hasSize(5));
    }

    @Test
    void anAccountChangeThatLeavesTheMembersAsTheyWereKeepsTheVersion() {
        long alice = idOf("alice");
        ObjectNode before = setup();
        long version = before.path("version").asLong();
        int skill = api.get("/api/v1/agents/" + alice, admin).json().path("skills").path(Long.toString(PRESALES)).asInt();
        ApiResponse renamed = api.patch("/api/v1/agents/" + alice, admin, Map.of("displayName", "Alice W.", "skills",
                Map.of(Long.toString(PRESALES), skill)));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(setup().path("version").asLong()).isEqualTo(version);
        ApiResponse saved = api.send("PUT", "/api/v1/groups/1/setup", admin, before.put("description", "still current").toString(), ApiClient.JSON);
        assertThat(saved.status()).as("a save of the group made meanwhile still goes through: " + saved.body()).isEqualTo(200);
    }

    /**
     * Reads the setup, makes the part change, and checks that the group's version rose, that the change
     * log carries the group at that version, and that saving the setup read before is refused with
     * 409 and keeps the part change.
     */
    private void assertAPartChangeIsNoticed(Supplier<ApiResponse> partChange, Consumer<JsonNode> partKept) {
        ObjectNode before = setup();
        long version = before.path("version").asLong();
        long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

        ApiResponse changed = partChange.get();
        assertThat(changed.status()).as(changed.body()).isBetween(200, 204);

        JsonNode after = setup();
        assertThat(after.path("version").asLong()).as("the group's version after a part changed").isGreaterThan(version);
        partKept.accept(after);
        JsonNode changes = api.get("/api/v1/sync?after=" + cursor + "&limit=1000", admin).json().path("changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("entity").asText()).isEqualTo("group");
            assertThat(change.path("entityId").asText()).isEqualTo(Long.toString(PRESALES));
            assertThat(change.path("data").path("version").asLong()).isEqualTo(after.path("version").asLong());
        });

        ApiResponse stale = api.send("PUT", "/api/v1/groups/1/setup", admin, before.put("description", "edited meanwhile").toString(),
                ApiClient.JSON);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        partKept.accept(setup());
    }

    private ObjectNode setup() {
        ApiResponse read = api.get("/api/v1/groups/" + PRESALES + "/setup", admin);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return (ObjectNode) read.json();
    }

    private long idOf(String login) {
        return api.get("/api/v1/auth/me", api.token(login, TestBackend.PASSWORD)).json().path("id").asLong();
    }
}
