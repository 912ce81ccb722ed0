package dev.switchboard.server.canned;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.json.Json;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The team's canned-reply library as administrators and supervisors keep it: every group's replies
 * for administrators (their own groups' for supervisors), one reply per shortcut in a group, changes
 * on the version read, and every change of a group's replies in the audit log.
 */
class CannedLibraryTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");

    @Test
    void administratorsSeeEveryGroupsRepliesAndSupervisorsTheirGroups() {
        long outside = api.post("/api/v1/groups", admin, Map.of("name", "夜班 Night shift")).json().path("id").asLong();
        ApiResponse created = api.post("/api/v1/canned-replies", admin, reply(outside, "night", "夜间 Night", "夜间客服为您服务。", "问候 Greetings"));
        assertThat(created.status()).as("administrators fill any group's library: " + created.body()).isEqualTo(201);

        assertThat(library(admin)).extracting(CannedReply::shortcut).contains("greet", "tuikuan", "night");
        assertThat(library(admin)).extracting(CannedReply::groupId).doesNotContainNull();
        assertThat(library(carol)).extracting(CannedReply::shortcut).contains("greet", "tuikuan").doesNotContain("night");
        assertThat(api.get("/api/v1/canned-replies/library", alice).status()).isEqualTo(403);
        List<CannedReply> presales = library(admin).stream().filter(r -> r.groupId() == library(admin).stream()
                .filter(x -> x.shortcut().equals("greet")).findFirst().orElseThrow().groupId()).toList();
        assertThat(presales).extracting(CannedReply::position).as("a group's replies in its order").isSorted();
    }

    @Test
    void aShortcutNamesOneReplyOfAGroup() {
        long presales = group("greet");
        ApiResponse twice = api.post("/api/v1/canned-replies", admin, reply(presales, "greet", "问候 2", "您好！", null));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("errors").findValuesAsText("message")).containsExactly(CannedReplyRules.SHORTCUT_TAKEN);
        assertThat(api.post("/api/v1/canned-replies", admin, reply(group("tuikuan"), "greet", "问候", "您好！", null)).status())
                .as("another group's shortcut is free").isEqualTo(201);
        assertThat(api.post("/api/v1/canned-replies", alice, reply(null, "greet", "问候", "您好！", null)).status())
                .as("so is a personal one").isEqualTo(201);

        CannedReply price = find("price");
        ApiResponse renamed = put(price.id(), Map.of("shortcut", "greet", "title", price.title(), "body", price.body(), "version", price.version()));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().path("errors").findValuesAsText("field")).containsExactly("shortcut");
    }

    @Test
    void aChangeNeedsTheVersionReadAndEveryChangeOfAGroupsRepliesIsAudited() {
        CannedReply stock = find("stock");
        ApiResponse unversioned = put(stock.id(), Map.of("shortcut", "stock", "title", "库存", "body", "马上查。"));
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.json().path("errors").findValuesAsText("message")).containsExactly(CannedReplyRules.VERSION_REQUIRED);

        ApiResponse changed = put(stock.id(), Map.of("shortcut", "stock", "title", "库存 Stock", "body", "马上为您查询。", "version", stock.version()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.as(CannedReply.class).version()).isEqualTo(stock.version() + 1);
        ApiResponse stale = put(stock.id(), Map.of("shortcut", "stock", "title", "库存 old", "body", "旧的", "version", stock.version()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(find("stock").title()).isEqualTo("库存 Stock");

        long presales = group("greet");
        List<Long> order = library(admin).stream().filter(r -> r.groupId() == presales).map(CannedReply::id).toList();
        List<Long> reversed = new java.util.ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        assertThat(api.send("PUT", "/api/v1/canned-replies/order", admin, json(Map.of("groupId", presales, "ids", reversed)), ApiClient.JSON)
                .status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/canned-replies/" + stock.id(), admin, null, null).status()).isEqualTo(204);

        assertThat(audit("canned-reply.update")).extracting(e -> e.path("target").asText()).containsExactly("canned-reply:" + stock.id());
        assertThat(audit("canned-reply.reorder")).extracting(e -> e.path("target").asText()).containsExactly("group:" + presales);
        assertThat(audit("canned-reply.delete")).extracting(e -> e.path("detail").asText())
                .containsExactly("group:" + presales + " /stock 库存 Stock");
        long before = audit("canned-reply.create").size();
        api.post("/api/v1/canned-replies", alice, reply(null, "mine", "我的", "自己的回复", null));
        assertThat(audit("canned-reply.create")).as("personal replies are their owner's own business").hasSize((int) before);
    }

    private List<CannedReply> library(String token) {
        ApiResponse response = api.get("/api/v1/canned-replies/library", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Arrays.asList(response.as(CannedReply[].class));
    }

    private CannedReply find(String shortcut) {
        return library(admin).stream().filter(r -> r.shortcut().equals(shortcut)).findFirst().orElseThrow();
    }

    private long group(String shortcut) {
        return find(shortcut).groupId();
    }

    private ApiResponse put(long id, Map<String, Object> body) {
        return api.send("PUT", "/api/v1/canned-replies/" + id, admin, json(body), ApiClient.JSON);
    }

    private List<JsonNode> audit(String action) {
        return api.get("/api/v1/audit?limit=1000", admin).json().findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals(action)).toList();
    }

    private static Map<String, Object> reply(Long groupId, String shortcut, String title, String body, String category) {
        Map<String, Object> reply = new HashMap<>(Map.of("shortcut", shortcut, "title", title, "body", body));
        if (groupId != null) {
            reply.put("groupId", groupId);
        }
        if (category != null) {
            reply.put("category", category);
        }
        return reply;
    }

    private static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
