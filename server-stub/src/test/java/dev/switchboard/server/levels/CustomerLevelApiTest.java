package dev.switchboard.server.levels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.CustomerLevelRules;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/v1/customer-levels} over HTTP: administrators configure levels, every agent reads them and follows their changes. */
class CustomerLevelApiTest {

    static final String PATH = "/api/v1/customer-levels";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String alice = backend.token("alice");

    @Test
    void anAdministratorCreatesChangesAndDeletesALevelWhichAgentsReadFollowAndTheAuditLogKeeps() {
        List<CustomerLevel> seeded = List.of(api.get(PATH, alice).as(CustomerLevel[].class));
        assertThat(seeded).extracting(CustomerLevel::name, CustomerLevel::queuePriority).as("VIP keeps its priority of before")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VIP", 10));
        long seqBefore = api.get("/api/v1/sync?after=0&limit=1000", alice).as(ChangePage.class).next();

        ApiResponse created = api.post(PATH, admin, level(" Gold 金卡 ", 20, "#B8860B", "Gold card members"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        CustomerLevel gold = created.as(CustomerLevel.class);
        assertThat(created.headers().get("Location")).isEqualTo(PATH + "/" + gold.id());
        assertThat(gold).extracting(CustomerLevel::name, CustomerLevel::queuePriority, CustomerLevel::color, CustomerLevel::position,
                CustomerLevel::version).as("stored stripped, the colour in lower case, placed last")
                .containsExactly("Gold 金卡", 20, "#b8860b", 2, 1L);

        Map<String, Object> change = level("Gold 金卡", 30, null, "");
        change.put("version", 1);
        ApiResponse replaced = api.send("PUT", PATH + "/" + gold.id(), admin, json(change), ApiClient.JSON);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.as(CustomerLevel.class)).extracting(CustomerLevel::queuePriority, CustomerLevel::color, CustomerLevel::description,
                CustomerLevel::position, CustomerLevel::version).containsExactly(30, null, null, 2, 2L);
        assertThat(api.get(PATH, alice).as(CustomerLevel[].class)).extracting(CustomerLevel::name).containsExactly("VIP", "Gold 金卡");

        ApiResponse deleted = api.send("DELETE", PATH + "/" + gold.id() + "?version=2", admin, null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get(PATH, alice).as(CustomerLevel[].class)).extracting(CustomerLevel::name).containsExactly("VIP");
        assertThat(api.send("DELETE", PATH + "/" + gold.id(), admin, null, null).status()).isEqualTo(404);

        List<Change> changes = api.get("/api/v1/sync?after=" + seqBefore, alice).as(ChangePage.class).changes().stream()
                .filter(c -> c.entity().equals(CustomerLevel.ENTITY)).toList();
        assertThat(changes).as("an agent's workstation hears every change").extracting(c -> c.op().name() + " " + c.entityId())
                .containsExactly("UPSERT " + gold.id(), "UPSERT " + gold.id(), "DELETE " + gold.id());
        assertThat(changes.get(1).data().path("queuePriority").asInt()).isEqualTo(30);
        JsonNode audit = api.get("/api/v1/audit", admin).json();
        assertThat(audit.findValuesAsText("action")).contains("customer-level.create", "customer-level.update", "customer-level.delete");
        assertThat(audit.findValuesAsText("target")).contains("customer-level:" + gold.id());
    }

    @Test
    void badLevelsAreRefusedFieldByFieldAndANameInUseIsAClashNamedAtTheName() {
        assertInvalid(level("Gold", 101, null, null), "queuePriority");
        assertInvalid(level("Gold", -1, null, null), "queuePriority");
        assertInvalid(level("Gold", null, null, null), "queuePriority");
        assertInvalid(level("   ", 5, null, null), "name");
        assertInvalid(level("G".repeat(33), 5, null, null), "name");
        assertInvalid(level("Gold", 5, "gold", null), "color");
        assertInvalid(level("Gold", 5, null, "d".repeat(201)), "description");
        Map<String, Object> badPosition = level("Gold", 5, null, null);
        badPosition.put("position", -3);
        assertInvalid(badPosition, "position");
        ApiResponse withoutVersion = api.send("PUT", PATH + "/1", admin, json(level("VIP", 10, null, null)), ApiClient.JSON);
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.json().path("errors").findValuesAsText("field")).containsExactly("version");
        assertThat(api.send("POST", PATH, admin, "{\"name\":\"Gold\",\"queuePriority\":\"high\"}", ApiClient.JSON).problemSlug())
                .isEqualTo("malformed-json");
        assertThat(api.send("POST", PATH, admin, "{\"name\":\"Gold\",\"queuePriority\":5,\"rank\":1}", ApiClient.JSON).problemSlug())
                .as("an unknown field").isEqualTo("malformed-json");

        ApiResponse taken = api.post(PATH, admin, level("vip", 50, null, null));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(taken.json().path("errors").findValuesAsText("message")).containsExactly(CustomerLevelRules.NAME_TAKEN);
        long gold = api.post(PATH, admin, level("Gold", 5, null, null)).json().path("id").asLong();
        Map<String, Object> renamed = level(" VIP ", 5, null, null);
        renamed.put("version", 1);
        ApiResponse clash = api.send("PUT", PATH + "/" + gold, admin, json(renamed), ApiClient.JSON);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(api.get(PATH, alice).as(CustomerLevel[].class)).extracting(CustomerLevel::name).containsExactly("VIP", "Gold");
    }

    @Test
    void aSaveOrDeletionOnAVersionSomeoneChangedIsRefusedAsStaleAndChangesNothing() {
        long gold = api.post(PATH, admin, level("Gold", 5, null, null)).json().path("id").asLong();
        Map<String, Object> first = level("Gold", 6, null, null);
        first.put("version", 1);
        assertThat(api.send("PUT", PATH + "/" + gold, admin, json(first), ApiClient.JSON).status()).isEqualTo(200);

        Map<String, Object> stale = level("Gold", 7, null, null);
        stale.put("version", 1);
        ApiResponse refused = api.send("PUT", PATH + "/" + gold, admin, json(stale), ApiClient.JSON);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemSlug()).isEqualTo("conflict");
        assertThat(refused.json().has("errors")).as("no field is wrong: the version is").isFalse();
        assertThat(refused.json().path("detail").asText()).contains("now version 2");
        ApiResponse staleDelete = api.send("DELETE", PATH + "/" + gold + "?version=1", admin, null, null);
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(api.get(PATH, alice).as(CustomerLevel[].class)).filteredOn(level -> level.id() == gold)
                .extracting(CustomerLevel::queuePriority, CustomerLevel::version).containsExactly(org.assertj.core.groups.Tuple.tuple(6, 2L));
    }

    @Test
    void aLevelRoutingRulesMatchIsNeitherDeletedNorRenamedAndTheRefusalNamesTheRules() {
        RoutingRulesFromScratch.removeAll(api, admin);
        ApiResponse rule = api.post("/api/v1/routing-rules", admin, Map.of("name", "VIPs to the VIP desk", "groupId", 3, "customerLevel", "vip"));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);

        ApiResponse delete = api.send("DELETE", PATH + "/1", admin, null, null);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().path("detail").asText()).contains("VIPs to the VIP desk");
        Map<String, Object> renamed = level("VVIP", 10, null, null);
        renamed.put("version", 1);
        ApiResponse rename = api.send("PUT", PATH + "/1", admin, json(renamed), ApiClient.JSON);
        assertThat(rename.status()).isEqualTo(409);
        assertThat(rename.json().path("errors").findValuesAsText("message")).containsExactly(CustomerLevelRules.NAME_IN_USE);
        assertThat(rename.json().path("detail").asText()).contains("VIPs to the VIP desk");
        Map<String, Object> reprioritized = level("VIP", 40, null, null);
        reprioritized.put("version", 1);
        assertThat(api.send("PUT", PATH + "/1", admin, json(reprioritized), ApiClient.JSON).status()).as("its priority may change").isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/routing-rules/" + rule.json().path("id").asLong(), admin, null, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", PATH + "/1", admin, null, null).status()).as("no rule matches it any more").isEqualTo(204);
    }

    @Test
    void agentsAndSupervisorsReadTheLevelsButOnlyAdministratorsChangeThem() {
        String carol = backend.token("carol");
        for (String token : new String[] {alice, carol}) {
            assertThat(api.get(PATH, token).status()).isEqualTo(200);
            assertThat(api.post(PATH, token, level("Gold", 5, null, null)).status()).isEqualTo(403);
            Map<String, Object> change = level("VIP", 99, null, null);
            change.put("version", 1);
            assertThat(api.send("PUT", PATH + "/1", token, json(change), ApiClient.JSON).status()).isEqualTo(403);
            assertThat(api.send("DELETE", PATH + "/1", token, null, null).status()).isEqualTo(403);
        }
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        assertThat(api.get(PATH, alice).as(CustomerLevel[].class)).extracting(CustomerLevel::queuePriority).containsExactly(10);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ApiResponse refused = api.send("POST", PATH, admin, json(body), ApiClient.JSON);
        assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.problemSlug()).isEqualTo("validation");
        assertThat(refused.json().path("errors").findValuesAsText("field")).as(body.toString()).containsExactly(field);
    }

    static Map<String, Object> level(String name, Integer priority, String color, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("queuePriority", priority);
        body.put("color", color);
        body.put("description", description);
        return body;
    }

    static String json(Map<String, Object> body) {
        return dev.switchboard.shared.json.Json.mapper().valueToTree(body).toString();
    }
}
