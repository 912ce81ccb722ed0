package dev.switchboard.server.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/v1/groups/{id}/setup} over HTTP: a group's whole setup read and saved as one versioned document. */
class GroupSetupApiTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final String HOURS = """
            {"timeZone":"Asia/Shanghai",
             "weekly":[{"day":"MONDAY","opens":"09:00","closes":"12:00"},{"day":"MONDAY","opens":"13:00","closes":"18:00"},
                       {"day":"FRIDAY","opens":"22:00","closes":"02:00"}],
             "holidays":[{"date":"2027-01-01","name":"元旦"}],
             "specialDays":[{"date":"2027-02-07","opens":"10:00","closes":"16:00","name":"调休"}]}""";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    long aliceId;
    long bobId;
    long carolId;

    @BeforeEach
    void ids() {
        aliceId = idOf("alice");
        bobId = idOf("bob");
        carolId = idOf("carol");
    }

    @Test
    void anAdministratorSavesEveryPartAtOnceAndTheOtherEndpointsAndTheChangeLogShowIt() {
        ObjectNode setup = setup(PRESALES, admin);
        assertThat(setup.path("members").findValuesAsText("agentId")).containsExactlyInAnyOrder(id(aliceId), id(carolId));
        assertThat(setup.path("businessHours").isNull()).as("no hours yet: always open").isTrue();
        assertThat(setup.path("wrapUp").path("mode").asText()).isEqualTo("OPTIONAL");
        long version = setup.path("version").asLong();
        long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

        setup.put("description", "Before buying").put("strategy", "SKILL").put("acceptTimeoutSeconds", 45).put("maxWaitSeconds", 600);
        setup.set("members", members(aliceId, 9, carolId, 5, bobId, 7));
        setup.set("businessHours", json(HOURS));
        setup.set("wrapUp", json("{\"mode\":\"REQUIRED\",\"timeLimitSeconds\":300}"));
        setup.set("autoMessages", json("{\"welcome\":{\"zh\":\"您好\",\"en\":\"Hello\"},\"queueReassuranceSeconds\":60,"
                + "\"queueReassurance\":{\"zh\":\"请稍候\",\"en\":\"Please wait\"}}"));
        ApiResponse saved = put(PRESALES, admin, setup);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(setup(PRESALES, backend.token("alice"))).as("read back as saved, by anyone").isEqualTo(saved.json());

        assertThat(api.get("/api/v1/groups/1/chat-settings", admin).json().path("strategy").asText()).isEqualTo("SKILL");
        assertThat(api.get("/api/v1/groups/1/business-hours", admin).json().path("weekly")).hasSize(3);
        assertThat(api.get("/api/v1/groups/1/wrap-up", admin).json().path("mode").asText()).isEqualTo("REQUIRED");
        assertThat(api.get("/api/v1/groups/1/auto-messages", admin).json().path("welcome").path("zh").asText()).isEqualTo("您好");
        JsonNode bob = api.get("/api/v1/agents/" + bobId, admin).json();
        assertThat(Json.mapper().convertValue(bob.path("groupIds"), long[].class)).contains(PRESALES);
        assertThat(bob.path("skills").path(id(PRESALES)).asInt()).as("bob joined with his skill").isEqualTo(7);

        JsonNode changes = api.get("/api/v1/sync?after=" + cursor, admin).json().path("changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("entity").asText()).isEqualTo("group");
            assertThat(change.path("data").path("version").asLong()).isEqualTo(version + 1);
            assertThat(change.path("data").path("description").asText()).isEqualTo("Before buying");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("entity").asText()).isEqualTo("agent");
            assertThat(change.path("entityId").asText()).isEqualTo(id(bobId));
        });
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("action")).contains("group.setup");
    }

    @Test
    void overlappingHoursAndOtherBadInputAreRefusedWithTheFieldsNamedAndNothingIsSaved() {
        ObjectNode setup = setup(PRESALES, admin);
        setup.put("strategy", "ROUND_ROBIN");
        setup.set("businessHours", json("""
                {"timeZone":"Asia/Shanghai","weekly":[{"day":"MONDAY","opens":"09:00","closes":"12:00"},
                 {"day":"MONDAY","opens":"11:30","closes":"18:00"}]}"""));
        ApiResponse overlap = put(PRESALES, admin, setup);
        assertThat(overlap.status()).as(overlap.body()).isEqualTo(400);
        assertThat(overlap.json().path("errors").findValuesAsText("field")).containsExactly("businessHours.weekly[1]");
        assertThat(overlap.json().path("errors").findValuesAsText("message")).allSatisfy(message -> assertThat(message).startsWith("overlaps"));

        setup.set("businessHours", json(HOURS));
        setup.put("acceptTimeoutSeconds", 4).put("name", " ");
        setup.set("members", members(aliceId, 11));
        setup.set("wrapUp", json("{\"mode\":\"REQUIRED\",\"timeLimitSeconds\":1}"));
        assertThat(put(PRESALES, admin, setup).json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "name", "acceptTimeoutSeconds", "members[0].skill", "wrapUp.timeLimitSeconds");

        JsonNode unchanged = setup(PRESALES, admin);
        assertThat(unchanged.path("strategy").asText()).isEqualTo("LEAST_LOAD");
        assertThat(unchanged.path("businessHours").isNull()).isTrue();
        assertThat(unchanged.path("version").asLong()).isEqualTo(setup.path("version").asLong());

        ObjectNode taken = setup(PRESALES, admin).put("name", "VIP");
        ApiResponse duplicate = put(PRESALES, admin, taken);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("errors").findValuesAsText("field")).containsExactly("name");
        ObjectNode stranger = setup(PRESALES, admin);
        stranger.set("members", members(aliceId, 5, 9999, 5));
        assertThat(put(PRESALES, admin, stranger).json().path("errors").findValuesAsText("field")).containsExactly("members[1].agentId");
        assertThat(put(999, admin, setup(PRESALES, admin)).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/groups/1/setup", admin, "{\"strategy\":\"FASTEST\"}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/groups/999/setup", admin).status()).isEqualTo(404);
    }

    @Test
    void aSaveMadeOnAnOlderVersionIsRefusedAndTheNewerOneKept() {
        ObjectNode first = setup(PRESALES, admin);
        ObjectNode second = first.deepCopy();
        assertThat(put(PRESALES, admin, first.put("maxWaitSeconds", 900)).status()).isEqualTo(200);
        ApiResponse stale = put(PRESALES, carol, second.put("maxWaitSeconds", 120));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().path("detail").asText()).contains("changed meanwhile");
        assertThat(setup(PRESALES, admin).path("maxWaitSeconds").asInt()).isEqualTo(900);
    }

    @Test
    void supervisorsRunTheirOwnGroupsButOnlyAdministratorsChangeWhatAGroupIsAndWhoIsInIt() {
        ObjectNode setup = setup(PRESALES, carol);
        setup.put("strategy", "ROUND_ROBIN");
        setup.set("members", members(aliceId, 2, carolId, 8));
        setup.set("businessHours", json(HOURS));
        ApiResponse run = put(PRESALES, carol, setup);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(put(PRESALES, carol, ((ObjectNode) run.json().deepCopy()).put("name", "Sales")).status()).as("renaming").isEqualTo(403);
        ObjectNode joining = (ObjectNode) run.json().deepCopy();
        joining.set("members", members(aliceId, 2, carolId, 8, bobId, 5));
        assertThat(put(PRESALES, carol, joining).status()).as("adding a member").isEqualTo(403);
        assertThat(setup(PRESALES, admin).path("members").findValuesAsText("agentId")).doesNotContain(id(bobId));

        assertThat(api.post("/api/v1/agents", admin, Map.of("login", "dana", "displayName", "Dana", "password", "dana-secret-1",
                "role", "SUPERVISOR", "groupIds", List.of(AFTERSALES))).status()).isEqualTo(201);
        String dana = api.token("dana", "dana-secret-1");
        assertThat(put(PRESALES, dana, run.json().deepCopy()).status()).as("not her group").isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/groups/1/business-hours", dana, HOURS, ApiClient.JSON).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/groups/2/business-hours", dana, HOURS, ApiClient.JSON).status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/groups/2/wrap-up", dana, "{\"mode\":\"REQUIRED\",\"timeLimitSeconds\":60}", ApiClient.JSON)
                .status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", dana, "{\"maxWaitSeconds\":60}", ApiClient.JSON).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/groups/1/auto-messages", dana, "{}", ApiClient.JSON).status()).isEqualTo(403);
        assertThat(put(PRESALES, backend.token("alice"), run.json().deepCopy()).status()).as("agents").isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/groups/3", carol, null, null).status()).as("deleting").isEqualTo(403);
    }

    private ObjectNode setup(long groupId, String token) {
        ApiResponse read = api.get("/api/v1/groups/" + groupId + "/setup", token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return (ObjectNode) read.json();
    }

    private ApiResponse put(long groupId, String token, JsonNode setup) {
        return api.send("PUT", "/api/v1/groups/" + groupId + "/setup", token, setup.toString(), ApiClient.JSON);
    }

    /** Agent id and skill, pair after pair. */
    static ArrayNode members(long... idsAndSkills) {
        ArrayNode members = Json.mapper().createArrayNode();
        for (int i = 0; i < idsAndSkills.length; i += 2) {
            members.addObject().put("agentId", idsAndSkills[i]).put("skill", idsAndSkills[i + 1]);
        }
        return members;
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private long idOf(String login) {
        return api.get("/api/v1/auth/me", api.token(login, TestBackend.PASSWORD)).json().path("id").asLong();
    }

    private static String id(long id) {
        return Long.toString(id);
    }
}
