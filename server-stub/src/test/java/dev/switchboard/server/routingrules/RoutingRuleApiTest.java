package dev.switchboard.server.routingrules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleRules;
import dev.switchboard.shared.sync.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The administrators' routing rules over HTTP: editing, optimistic versions, order, validation, audit and the dry run. */
class RoutingRuleApiTest {

    static final String RULES = "/api/v1/routing-rules";
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final long VIP = 3;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @BeforeEach
    void startFromNoRules() {
        RoutingRulesFromScratch.removeAll(api, admin);
    }
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @Test
    void anAdministratorCreatesChangesAndDeletesRulesAndSupervisorsReadThem() {
        ApiResponse created = api.post(RULES, admin, rule("Baidu shoppers", AFTERSALES, "channel", "SEARCH", "engine", "baidu", "keyword", "净水器"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rule = created.json();
        long id = rule.path("id").asLong();
        assertThat(created.headers().get("Location")).isEqualTo(RULES + "/" + id);
        assertThat(rule.path("position").asInt()).isEqualTo(1);
        assertThat(rule.path("enabled").asBoolean()).isTrue();
        assertThat(rule.path("catchAll").asBoolean()).isFalse();
        assertThat(rule.path("version").asLong()).isEqualTo(1);

        JsonNode listed = api.get(RULES, carol).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("keyword").asText()).isEqualTo("净水器");
        assertThat(api.get(RULES, alice).status()).isEqualTo(403);

        Map<String, Object> change = rule("Baidu shoppers", VIP, "channel", "SEARCH", "engine", "baidu", "version", 1);
        JsonNode replaced = put(RULES + "/" + id, admin, change).json();
        assertThat(replaced.path("groupId").asLong()).isEqualTo(VIP);
        assertThat(replaced.path("version").asLong()).isEqualTo(2);
        assertThat(replaced.has("keyword")).as("PUT replaces the whole rule").isFalse();

        ApiResponse stale = put(RULES + "/" + id, admin, rule("Someone else's edit", PRESALES, "engine", "sogou", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemSlug()).isEqualTo("conflict");
        assertThat(api.get(RULES, admin).json().get(0).path("name").asText()).isEqualTo("Baidu shoppers");
        assertThat(put(RULES + "/999", admin, rule("Gone", PRESALES, "engine", "sogou", "version", 1)).status()).isEqualTo(404);

        assertThat(api.send("DELETE", RULES + "/" + id, admin, null, null).status()).isEqualTo(204);
        assertThat(api.get(RULES, admin).json()).isEmpty();
        assertThat(api.send("DELETE", RULES + "/" + id, admin, null, null).status()).isEqualTo(404);

        List<String> actions = api.get("/api/v1/audit", admin).json().findValuesAsText("action");
        assertThat(actions).containsSubsequence("routing-rule.create", "routing-rule.update", "routing-rule.delete");
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("target")).contains("routing-rule:" + id);
    }

    @Test
    void rulesAreAppendedAndTheOrderIsReplacedAsAWhole() {
        long a = api.post(RULES, admin, rule("A", PRESALES, "language", "en")).json().path("id").asLong();
        long b = api.post(RULES, admin, rule("B", AFTERSALES, "returning", true)).json().path("id").asLong();
        long c = api.post(RULES, admin, rule("Everyone else", VIP, "catchAll", true)).json().path("id").asLong();
        assertThat(api.get(RULES, admin).json().findValuesAsText("name")).containsExactly("A", "B", "Everyone else");
        assertThat(api.get(RULES, admin).json().get(2).path("catchAll").asBoolean()).isTrue();

        ApiResponse reordered = put(RULES + "/order", admin, Map.of("ids", List.of(c, a, b)));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(reordered.json().findValuesAsText("name")).containsExactly("Everyone else", "A", "B");
        assertThat(reordered.json().findValuesAsText("position")).containsExactly("1", "2", "3");
        assertThat(api.get(RULES, carol).json().findValuesAsText("name")).containsExactly("Everyone else", "A", "B");

        assertThat(put(RULES + "/order", admin, Map.of("ids", List.of(c, a))).status()).as("a rule left out").isEqualTo(409);
        assertThat(put(RULES + "/order", admin, Map.of("ids", List.of(c, a, b, 999))).status()).as("an unknown rule").isEqualTo(409);
        ApiResponse twice = put(RULES + "/order", admin, Map.of("ids", List.of(c, a, a)));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("errors").get(0).path("field").asText()).isEqualTo("ids");
        assertThat(api.send("PUT", RULES + "/order", admin, "{\"ids\":[" + a + ",null]}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(put(RULES + "/order", carol, Map.of("ids", List.of(a, b, c))).status()).isEqualTo(403);
        assertThat(api.get(RULES, admin).json().findValuesAsText("name")).containsExactly("Everyone else", "A", "B");
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("detail")).contains(c + "," + a + "," + b);
    }

    @Test
    void everyChangeIsInTheChangeLogForSupervisorsAndAdministratorsButNotAgents() {
        long cursor = ChangesSeen.cursor(api, carol);
        long a = api.post(RULES, admin, rule("A", PRESALES, "language", "en")).json().path("id").asLong();
        long b = api.post(RULES, admin, rule("B", AFTERSALES, "returning", true)).json().path("id").asLong();
        assertThat(put(RULES + "/" + a, admin, rule("A", VIP, "language", "en", "version", 1)).status()).isEqualTo(200);
        assertThat(put(RULES + "/order", admin, Map.of("ids", List.of(b, a))).status()).isEqualTo(200);
        assertThat(api.send("DELETE", RULES + "/" + b, admin, null, null).status()).isEqualTo(204);

        List<Change> seen = ChangesSeen.since(api, carol, cursor, RoutingRule.ENTITY);
        assertThat(seen).extracting(change -> change.entityId() + " " + change.op() + " " + (change.data() == null || change.data().isNull() ? "-"
                        : change.data().path("position").asInt() + "/" + change.data().path("groupId").asLong()))
                .containsExactly(a + " UPSERT 1/" + PRESALES, b + " UPSERT 2/" + AFTERSALES, a + " UPSERT 1/" + VIP,
                        b + " UPSERT 1/" + AFTERSALES, a + " UPSERT 2/" + VIP, b + " DELETE -");
        assertThat(ChangesSeen.since(api, admin, cursor, RoutingRule.ENTITY)).hasSize(seen.size());
        assertThat(ChangesSeen.since(api, alice, cursor, RoutingRule.ENTITY)).as("agents do not read the rules").isEmpty();
    }

    @Test
    void badRulesAreRefusedWithProblemsNamingTheFields() {
        assertInvalid(rule("No conditions", PRESALES), "catchAll");
        assertInvalid(rule("Catch-all with a condition", PRESALES, "catchAll", true, "language", "en"), "catchAll");
        assertInvalid(rule("", PRESALES, "language", "en"), "name");
        assertInvalid(rule("x".repeat(101), PRESALES, "language", "en"), "name");
        assertInvalid(rule("Unknown group", 999, "language", "en"), "groupId");
        assertInvalid(rule("Huge pattern", PRESALES, "urlPattern", "*/" + "a".repeat(500)), "urlPattern");
        assertInvalid(rule("Blank keyword", PRESALES, "keyword", "   "), "keyword");
        assertInvalid(rule("Long level", PRESALES, "customerLevel", "V".repeat(33)), "customerLevel");
        assertThat(messageOf(rule("No conditions", PRESALES), "catchAll")).isEqualTo(RoutingRuleRules.NO_CONDITION);
        assertThat(messageOf(rule("Unknown group", 999, "language", "en"), "groupId")).isEqualTo(RoutingRuleRules.GROUP_UNKNOWN);
        Map<String, Object> noGroup = rule("No group", PRESALES, "language", "en");
        noGroup.remove("groupId");
        assertInvalid(noGroup, "groupId");

        ApiResponse badChannel = api.post(RULES, admin, rule("Bad channel", PRESALES, "channel", "EMAIL"));
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.problemSlug()).isEqualTo("malformed-json");
        assertThat(badChannel.json().path("errors").get(0).path("field").asText()).isEqualTo("channel");
        assertThat(api.post(RULES, admin, "{\"name\":\"x\",\"groupId\":1,\"language\":\"en\",\"colour\":\"red\"}").status()).isEqualTo(400);

        long id = api.post(RULES, admin, rule("Fine", PRESALES, "language", "en")).json().path("id").asLong();
        ApiResponse withoutVersion = put(RULES + "/" + id, admin, rule("Fine", PRESALES, "language", "fr"));
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.json().path("errors").get(0).path("field").asText()).isEqualTo("version");
        assertThat(api.get(RULES, admin).json()).hasSize(1);
    }

    @Test
    void theDryRunAnswersTheDecisionWithItsReasonsAndAssignsNothing() {
        api.post(RULES, admin, rule("Baidu shoppers", AFTERSALES, "channel", "SEARCH", "engine", "baidu", "keyword", "净水器"));
        api.post(RULES, admin, rule("Pricing pages", VIP, "urlPattern", "*/pricing/*"));

        JsonNode baidu = api.post(RULES + "/test", carol, Map.of("channel", "SEARCH", "engine", "Baidu", "keyword", "家用净水器 价格",
                "currentUrl", "https://shop.example.cn/pricing/pro")).json();
        assertThat(baidu.path("ruleName").asText()).as("the first matching rule wins").isEqualTo("Baidu shoppers");
        assertThat(baidu.path("groupId").asLong()).isEqualTo(AFTERSALES);
        assertThat(baidu.path("strategy").asText()).isEqualTo("LEAST_LOAD");
        assertThat(baidu.path("agentId").isNull()).as("bob is offline: it would queue").isTrue();
        assertThat(baidu.path("candidates").findValuesAsText("name")).containsExactlyInAnyOrder("Bob 张伟", "Carol 陈静");
        assertThat(baidu.path("candidates").findValuesAsText("reason")).containsOnly("status offline");

        JsonNode pricing = api.post(RULES + "/test", admin, Map.of("currentUrl", "https://shop.example.cn/pricing/pro")).json();
        assertThat(pricing.path("ruleName").asText()).isEqualTo("Pricing pages");
        assertThat(pricing.path("candidates").findValuesAsText("name")).containsExactlyInAnyOrder("Alice 王丽", "Carol 陈静");

        JsonNode nothing = api.post(RULES + "/test", admin, Map.of("language", "zh-CN")).json();
        assertThat(nothing.path("ruleName").asText()).isEqualTo("fallback");
        assertThat(nothing.path("ruleId").isNull()).isTrue();
        assertThat(nothing.path("groupId").asLong()).isEqualTo(PRESALES);

        assertThat(api.post(RULES + "/test", alice, Map.of()).status()).isEqualTo(403);
        ApiResponse tooLong = api.post(RULES + "/test", admin, Map.of("currentUrl", "https://x/" + "a".repeat(2050)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.isProblem()).isTrue();
        assertThat(api.get("/api/v1/conversations", admin).json()).as("a dry run starts no chat").isEmpty();
    }

    /** A rule body: name, group, then condition names and values. */
    private static Map<String, Object> rule(String name, long groupId, Object... conditions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("groupId", groupId);
        for (int i = 0; i < conditions.length; i += 2) {
            body.put((String) conditions[i], conditions[i + 1]);
        }
        return body;
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        ApiResponse response = api.post(RULES, admin, body);
        assertThat(response.status()).as("%s: %s", body, response.body()).isEqualTo(400);
        assertThat(response.problemSlug()).isEqualTo("validation");
        List<String> fields = new ArrayList<>(response.json().path("errors").findValuesAsText("field"));
        assertThat(fields).contains(field);
    }

    /** The message of the refusal's error on {@code field}: the shared rule's constant, which the workstation words. */
    private String messageOf(Map<String, Object> body, String field) {
        for (JsonNode error : api.post(RULES, admin, body).json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error on " + field);
    }

    private ApiResponse put(String path, String token, Object body) {
        return api.send("PUT", path, token, Json.mapper().valueToTree(body).toString(), ApiClient.JSON);
    }
}
