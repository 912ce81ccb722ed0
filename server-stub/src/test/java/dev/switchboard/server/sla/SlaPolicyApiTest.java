package dev.switchboard.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaPolicyRules;
import dev.switchboard.shared.sync.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The administrators' SLA policies over HTTP: editing, versions, order, validation, audit and the change log. */
class SlaPolicyApiTest {

    static final String POLICIES = "/api/v1/sla-policies";
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @BeforeEach
    void startFromNoPolicies() {
        for (JsonNode policy : api.get(POLICIES, admin).json()) {
            assertThat(api.send("DELETE", POLICIES + "/" + policy.path("id").asLong(), admin, null, null).status()).isEqualTo(204);
        }
    }

    @Test
    void anAdministratorCreatesChangesAndDeletesPoliciesAndEveryoneReadsThem() {
        ApiResponse created = api.post(POLICIES, admin, policy("VIP e-mail", "calendar", "GROUP", "calendarGroupId", AFTERSALES,
                "priorities", List.of("HIGH", "URGENT"), "customerLevels", List.of("VIP"), "channels", List.of("EMAIL"),
                "firstResponseMinutes", 30, "updateMinutes", 60, "updateMode", "BETWEEN_AGENT_UPDATES", "solutionMinutes", 480));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode policy = created.json();
        long id = policy.path("id").asLong();
        assertThat(created.headers().get("Location")).isEqualTo(POLICIES + "/" + id);
        assertThat(policy.path("position").asInt()).isEqualTo(1);
        assertThat(policy.path("enabled").asBoolean()).isTrue();
        assertThat(policy.path("warningPercent").asInt()).as("the default").isEqualTo(SlaPolicyRules.DEFAULT_WARNING_PERCENT);
        assertThat(policy.path("version").asLong()).isEqualTo(1);
        assertThat(Json.mapper().convertValue(policy, SlaPolicy.class).priorities()).containsExactly("HIGH", "URGENT");

        assertThat(api.get(POLICIES, alice).json().get(0).path("name").asText()).as("agents read them").isEqualTo("VIP e-mail");
        assertThat(api.get(POLICIES + "/" + id, alice).json().path("calendarGroupId").asLong()).isEqualTo(AFTERSALES);

        JsonNode replaced = put(POLICIES + "/" + id, admin, policy("VIP e-mail", "calendar", "ALWAYS", "firstResponseMinutes", 20,
                "warningPercent", 90, "version", 1)).json();
        assertThat(replaced.path("version").asLong()).isEqualTo(2);
        assertThat(replaced.path("firstResponseMinutes").asInt()).isEqualTo(20);
        assertThat(replaced.has("solutionMinutes")).as("PUT replaces the whole policy").isFalse();
        assertThat(replaced.has("calendarGroupId")).isFalse();

        ApiResponse stale = put(POLICIES + "/" + id, admin, policy("Someone else's edit", "calendar", "ALWAYS", "solutionMinutes", 60,
                "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemSlug()).isEqualTo("conflict");
        assertThat(api.get(POLICIES + "/" + id, admin).json().path("firstResponseMinutes").asInt()).as("nothing written").isEqualTo(20);
        assertThat(put(POLICIES + "/999", admin, policy("Gone", "calendar", "ALWAYS", "solutionMinutes", 60, "version", 1)).status())
                .isEqualTo(404);
        assertThat(put(POLICIES + "/" + id, carol, policy("Supervisor", "calendar", "ALWAYS", "solutionMinutes", 60, "version", 2)).status())
                .isEqualTo(403);
        assertThat(api.post(POLICIES, alice, policy("Agent", "calendar", "ALWAYS", "solutionMinutes", 60)).status()).isEqualTo(403);

        assertThat(api.send("DELETE", POLICIES + "/" + id, admin, null, null).status()).isEqualTo(204);
        assertThat(api.get(POLICIES, admin).json()).isEmpty();
        assertThat(api.send("DELETE", POLICIES + "/" + id, admin, null, null).status()).isEqualTo(404);

        List<String> actions = api.get("/api/v1/audit", admin).json().findValuesAsText("action");
        assertThat(actions).containsSubsequence("sla-policy.create", "sla-policy.update", "sla-policy.delete");
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("target")).contains("sla-policy:" + id);
    }

    @Test
    void policiesAreAppendedAndReorderedAsAWholeAndTheChangeLogCarriesEveryChange() {
        long cursor = ChangesSeen.cursor(api, alice);
        long a = api.post(POLICIES, admin, policy("A", "calendar", "ALWAYS", "solutionMinutes", 60)).json().path("id").asLong();
        long b = api.post(POLICIES, admin, policy("B", "calendar", "TICKET_GROUP", "firstResponseMinutes", 60)).json().path("id").asLong();
        assertThat(api.get(POLICIES, admin).json().findValuesAsText("name")).containsExactly("A", "B");

        ApiResponse reordered = put(POLICIES + "/order", admin, Map.of("ids", List.of(b, a)));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(reordered.json().findValuesAsText("name")).containsExactly("B", "A");
        assertThat(reordered.json().findValuesAsText("version")).as("a move is no edit").containsExactly("1", "1");
        assertThat(put(POLICIES + "/order", admin, Map.of("ids", List.of(b))).status()).as("a policy left out").isEqualTo(409);
        assertThat(put(POLICIES + "/order", admin, Map.of("ids", List.of(b, a, a))).status()).isEqualTo(400);
        assertThat(put(POLICIES + "/order", carol, Map.of("ids", List.of(a, b))).status()).isEqualTo(403);
        assertThat(api.send("DELETE", POLICIES + "/" + a, admin, null, null).status()).isEqualTo(204);

        List<Change> seen = ChangesSeen.since(api, alice, cursor, SlaPolicy.ENTITY);
        assertThat(seen).extracting(change -> change.entityId() + " " + change.op() + " " + (change.data() == null || change.data().isNull() ? "-"
                        : change.data().path("position").asInt()))
                .containsExactly(a + " UPSERT 1", b + " UPSERT 2", b + " UPSERT 1", a + " UPSERT 2", a + " DELETE -");
    }

    @Test
    void badPoliciesAreRefusedWithProblemsNamingTheFieldsAndNothingIsWritten() {
        assertInvalid(policy("No target", "calendar", "ALWAYS"), "firstResponseMinutes", SlaPolicyRules.NO_TARGET);
        assertInvalid(policy("Negative", "calendar", "ALWAYS", "solutionMinutes", -5), "solutionMinutes", SlaPolicyRules.MINUTES_MESSAGE);
        assertInvalid(policy("Zero", "calendar", "ALWAYS", "firstResponseMinutes", 0), "firstResponseMinutes", SlaPolicyRules.MINUTES_MESSAGE);
        assertInvalid(policy("Too long", "calendar", "ALWAYS", "solutionMinutes", SlaPolicyRules.MAX_MINUTES + 1), "solutionMinutes",
                SlaPolicyRules.MINUTES_MESSAGE);
        assertInvalid(policy("Warn at 100", "calendar", "ALWAYS", "solutionMinutes", 60, "warningPercent", 100), "warningPercent",
                SlaPolicyRules.WARNING_MESSAGE);
        assertInvalid(policy("Warn at 0", "calendar", "ALWAYS", "solutionMinutes", 60, "warningPercent", 0), "warningPercent",
                SlaPolicyRules.WARNING_MESSAGE);
        assertInvalid(policy("No calendar", "solutionMinutes", 60), "calendar", SlaPolicyRules.CALENDAR_REQUIRED);
        assertInvalid(policy("Unknown calendar group", "calendar", "GROUP", "calendarGroupId", 999, "solutionMinutes", 60), "calendarGroupId",
                SlaPolicyRules.GROUP_UNKNOWN);
        assertInvalid(policy("Group calendar without a group", "calendar", "GROUP", "solutionMinutes", 60), "calendarGroupId",
                SlaPolicyRules.CALENDAR_GROUP_REQUIRED);
        assertInvalid(policy("Group on 24/7", "calendar", "ALWAYS", "calendarGroupId", PRESALES, "solutionMinutes", 60), "calendarGroupId",
                SlaPolicyRules.CALENDAR_GROUP_UNUSED);
        assertInvalid(policy("Update without mode", "calendar", "ALWAYS", "updateMinutes", 60), "updateMode", SlaPolicyRules.UPDATE_MODE_REQUIRED);
        assertInvalid(policy("Mode without update", "calendar", "ALWAYS", "solutionMinutes", 60, "updateMode", "AFTER_CUSTOMER_MESSAGE"),
                "updateMode", SlaPolicyRules.UPDATE_MODE_WITHOUT_TARGET);
        assertInvalid(policy("Bad priority", "calendar", "ALWAYS", "solutionMinutes", 60, "priorities", List.of("HIGH", "BLOCKER")),
                "priorities[1]", SlaPolicyRules.PRIORITY_MESSAGE);
        assertInvalid(policy("Twice", "calendar", "ALWAYS", "solutionMinutes", 60, "customerLevels", List.of("VIP", "vip")),
                "customerLevels[1]", SlaPolicyRules.LISTED_TWICE);
        assertInvalid(policy("Bad channel", "calendar", "ALWAYS", "solutionMinutes", 60, "channels", List.of("FAX")), "channels[0]",
                SlaPolicyRules.CHANNEL_MESSAGE);
        assertInvalid(policy("Unknown group", "calendar", "ALWAYS", "solutionMinutes", 60, "groupIds", List.of(PRESALES, 999)), "groupIds[1]",
                SlaPolicyRules.GROUP_UNKNOWN);
        assertInvalid(policy("Bad category", "calendar", "ALWAYS", "solutionMinutes", 60, "categoryIds", List.of(0)), "categoryIds[0]",
                SlaPolicyRules.CATEGORY_MESSAGE);
        assertInvalid(policy("", "calendar", "ALWAYS", "solutionMinutes", 60), "name", SlaPolicyRules.NAME_MESSAGE);
        assertInvalid(policy("Reassign nowhere", "calendar", "ALWAYS", "solutionMinutes", 60, "reassignGroupId", 999), "reassignGroupId",
                SlaPolicyRules.GROUP_UNKNOWN);

        ApiResponse unknownCalendar = api.post(POLICIES, admin, policy("Moon time", "calendar", "LUNAR", "solutionMinutes", 60));
        assertThat(unknownCalendar.status()).isEqualTo(400);
        assertThat(unknownCalendar.problemSlug()).isEqualTo("malformed-json");
        assertThat(unknownCalendar.json().path("errors").get(0).path("field").asText()).isEqualTo("calendar");
        assertThat(api.send("POST", POLICIES, admin, "{\"name\":\"x\",\"calendar\":\"ALWAYS\",\"solutionMinutes\":60,\"colour\":\"red\"}",
                ApiClient.JSON).status()).as("an unknown field").isEqualTo(400);
        assertThat(api.send("POST", POLICIES, admin, "{\"name\":\"x\",\"calendar\":\"ALWAYS\",\"solutionMinutes\":60,\"priorities\":[null]}",
                ApiClient.JSON).status()).isEqualTo(400);

        long id = api.post(POLICIES, admin, policy("Fine", "calendar", "ALWAYS", "solutionMinutes", 60)).json().path("id").asLong();
        ApiResponse withoutVersion = put(POLICIES + "/" + id, admin, policy("Fine", "calendar", "ALWAYS", "solutionMinutes", 90));
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.json().path("errors").findValuesAsText("field")).containsExactly("version");
        ApiResponse negativeEdit = put(POLICIES + "/" + id, admin, policy("Fine", "calendar", "ALWAYS", "solutionMinutes", -1, "version", 1));
        assertThat(negativeEdit.status()).isEqualTo(400);
        assertThat(api.get(POLICIES, admin).json()).hasSize(1);
        assertThat(api.get(POLICIES + "/" + id, admin).json().path("solutionMinutes").asInt()).isEqualTo(60);
        assertThat(api.get(POLICIES + "/" + id, admin).json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aGroupWhoseHoursAPolicyCountsInCannotBeDeleted() {
        long group = api.post("/api/v1/groups", admin, Map.of("name", "SLA night shift")).json().path("id").asLong();
        long id = api.post(POLICIES, admin, policy("Night", "calendar", "GROUP", "calendarGroupId", group, "solutionMinutes", 60))
                .json().path("id").asLong();
        ApiResponse refused = api.send("DELETE", "/api/v1/groups/" + group, admin, null, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("slaPolicies");
        assertThat(api.send("DELETE", POLICIES + "/" + id, admin, null, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/v1/groups/" + group, admin, null, null).status()).isEqualTo(204);
    }

    /** A policy body: name, then field names and values. */
    static Map<String, Object> policy(String name, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    private void assertInvalid(Map<String, Object> body, String field, String message) {
        ApiResponse response = api.post(POLICIES, admin, body);
        assertThat(response.status()).as("%s: %s", body, response.body()).isEqualTo(400);
        assertThat(response.problemSlug()).isEqualTo("validation");
        boolean named = false;
        for (JsonNode error : response.json().path("errors")) {
            named |= error.path("field").asText().equals(field) && error.path("message").asText().equals(message);
        }
        assertThat(named).as("%s names %s with '%s': %s", body.get("name"), field, message, response.body()).isTrue();
        assertThat(api.get(POLICIES, admin).json()).as("nothing written").isEmpty();
    }

    private ApiResponse put(String path, String token, Object body) {
        return api.send("PUT", path, token, Json.mapper().valueToTree(body).toString(), ApiClient.JSON);
    }
}
