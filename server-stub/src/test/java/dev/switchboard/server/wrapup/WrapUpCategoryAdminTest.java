package dev.switchboard.server.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpTreeRules;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators arranging the wrap-up tree: moves that would break it are refused, every change
 * needs the version read, removing keeps what past wrap-ups were filed under, each change is
 * audited, and every agent's workstation hears of it at once through the change log.
 */
class WrapUpCategoryAdminTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void movesThatWouldBreakTheTreeAreRefusedByField() {
        WrapUpCategory aftersales = category("售后 After-sales");
        WrapUpCategory repairs = category("维修 Repairs");
        assertThat(fieldError(place(aftersales.id(), repairs.id(), 0, aftersales.version()), "parentId"))
                .as("into its own child").isEqualTo(WrapUpTreeRules.INTO_ITSELF);
        assertThat(fieldError(place(aftersales.id(), aftersales.id(), 0, aftersales.version()), "parentId"))
                .as("into itself").isEqualTo(WrapUpTreeRules.INTO_ITSELF);
        WrapUpCategory complaints = category("投诉 Complaints");
        long deep = create(category("产品咨询 Product questions").id(), "深 Deep");
        assertThat(fieldError(place(complaints.id(), deep, 0, complaints.version()), "parentId")).isEqualTo(WrapUpTreeRules.TOO_DEEP);
        create(category("售前咨询 Pre-sales").id(), "维修 Repairs");
        assertThat(fieldError(place(repairs.id(), category("售前咨询 Pre-sales").id(), 0, repairs.version()), "parentId"))
                .as("a sibling there has its name").isEqualTo(WrapUpTreeRules.NAME_TAKEN_THERE);
        assertThat(fieldError(place(repairs.id(), null, -1, repairs.version()), "index")).isEqualTo(WrapUpTreeRules.INDEX_MESSAGE);
        assertThat(fieldError(place(repairs.id(), null, 0, null), "version")).isEqualTo(WrapUpTreeRules.VERSION_REQUIRED);
        assertThat(place(repairs.id(), null, 0, repairs.version() + 5).status()).as("a stale version").isEqualTo(409);
        assertThat(place(999, null, 0, 1L).status()).isEqualTo(404);
        assertThat(tree()).filteredOn(c -> c.id() == repairs.id()).singleElement().as("nothing moved")
                .satisfies(c -> assertThat(c.parentId()).isEqualTo(aftersales.id()));
    }

    @Test
    void aCategoryMovesWithWhatIsBelowItAndItsNewSiblingsAreNumberedAgain() {
        WrapUpCategory aftersales = category("售后 After-sales");
        WrapUpCategory returns = category("退换货 Returns");
        ApiResponse up = place(returns.id(), aftersales.id(), 0, returns.version());
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(children(aftersales.id())).containsExactly("退换货 Returns", "维修 Repairs", "退款 Refunds");

        WrapUpCategory moved = category("退换货 Returns");
        assertThat(moved.version()).isEqualTo(returns.version() + 1);
        long presales = category("售前咨询 Pre-sales").id();
        assertThat(place(moved.id(), presales, 99, moved.version()).status()).isEqualTo(200);
        assertThat(children(presales)).as("past the last puts it last").containsExactly("产品咨询 Product questions",
                "价格与优惠 Prices and offers", "退换货 Returns");
        assertThat(children(aftersales.id())).containsExactly("维修 Repairs", "退款 Refunds");

        WrapUpCategory top = category("售后 After-sales");
        assertThat(place(top.id(), null, 0, top.version()).status()).isEqualTo(200);
        List<WrapUpCategory> tree = tree();
        assertThat(tree.stream().filter(c -> c.parentId() == null).map(WrapUpCategory::name))
                .containsExactly("售后 After-sales", "售前咨询 Pre-sales", "投诉 Complaints", "其他 Other");
        assertThat(tree.stream().filter(c -> c.parentId() == null).map(WrapUpCategory::position)).containsExactly(1, 2, 3, 4);
        assertThat(audit("wrapup.category.move")).hasSize(3);
    }

    @Test
    void changesNeedTheVersionReadAndAreCheckedAsTheTreeIs() {
        WrapUpCategory refunds = category("退款 Refunds");
        assertThat(fieldError(put(refunds.id(), Map.of("name", "退款 Money back")), "version")).isEqualTo(WrapUpTreeRules.VERSION_REQUIRED);
        assertThat(fieldError(put(refunds.id(), Map.of("name", " ", "version", refunds.version())), "name")).isNotBlank();
        assertThat(fieldError(put(refunds.id(), Map.of("name", "维修 repairs", "version", refunds.version())), "name"))
                .isEqualTo(WrapUpTreeRules.NAME_TAKEN);
        ApiResponse renamed = put(refunds.id(), Map.of("name", "退款 Money back", "version", refunds.version()));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.as(WrapUpCategory.class).version()).isEqualTo(refunds.version() + 1);
        ApiResponse stale = put(refunds.id(), Map.of("name", "退款 Refunds again", "version", refunds.version()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("errors").isEmpty()).as("a stale version names no field").isTrue();

        WrapUpCategory aftersales = category("售后 After-sales");
        assertThat(put(aftersales.id(), Map.of("enabled", false, "version", aftersales.version())).status()).isEqualTo(200);
        assertThat(children(aftersales.id())).hasSize(3);
        assertThat(tree().stream().filter(c -> aftersales.id() == (c.parentId() == null ? -1 : c.parentId())))
                .as("archived with its parent").allSatisfy(c -> assertThat(c.enabled()).isFalse());
        WrapUpCategory repairs = category("维修 Repairs");
        assertThat(fieldError(put(repairs.id(), Map.of("enabled", true, "version", repairs.version())), "enabled"))
                .isEqualTo(WrapUpTreeRules.PARENT_DISABLED);
        assertThat(audit("wrapup.category.disable")).extracting(e -> e.path("target").asText()).containsExactly("wrapup_category:" + aftersales.id());
        assertThat(audit("wrapup.category.update")).extracting(e -> e.path("detail").asText()).containsExactly("退款 Refunds → 退款 Money back");
    }

    @Test
    void removingArchivesWhatPastWrapUpsWereFiledUnderAndDeletesTheRest() {
        long conversation;
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            conversation = chats.ended(agent, "Emma", WrapUpTest.PRESALES, "洗衣机坏了");
        }
        long repairs = category("维修 Repairs").id();
        ApiResponse written = api.send("PUT", "/api/v1/conversations/" + conversation + "/wrap-up", alice,
                json(Map.of("categoryIds", List.of(repairs), "summary", "上门维修")), ApiClient.JSON);
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        long aftersales = category("售后 After-sales").id();
        assertThat(api.send("DELETE", "/api/v1/wrap-up/categories/" + aftersales, admin, null, null).status()).isEqualTo(204);
        List<WrapUpCategory> tree = tree();
        assertThat(tree).filteredOn(c -> c.id() == aftersales || c.id() == repairs).as("kept for the past wrap-up, archived")
                .hasSize(2).allSatisfy(c -> assertThat(c.enabled()).isFalse());
        assertThat(tree).extracting(WrapUpCategory::name).as("never used: gone").doesNotContain("退换货 Returns", "退款 Refunds");
        WrapUp past = api.get("/api/v1/conversations/" + conversation + "/wrap-up", admin).as(WrapUp.class);
        assertThat(past.categoryPaths()).containsExactly("售后 After-sales/维修 Repairs");

        long other = category("其他 Other").id();
        assertThat(api.send("DELETE", "/api/v1/wrap-up/categories/" + other, admin, null, null).status()).isEqualTo(204);
        assertThat(tree()).extracting(WrapUpCategory::id).doesNotContain(other);
        assertThat(audit("wrapup.category.remove")).extracting(e -> e.path("detail").asText())
                .containsExactly("售后 After-sales: 2 deleted, 2 archived (used by past wrap-ups)", "其他 Other: 1 deleted, 0 archived (used by past wrap-ups)");
        assertThat(api.send("DELETE", "/api/v1/wrap-up/categories/" + other, admin, null, null).status()).isEqualTo(404);
    }

    @Test
    void everyAgentsWorkstationHearsOfAChangeAtOnce() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            agent.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            agent.await(MessageTypes.SYNC_CAUGHT_UP);
            long added = create(null, "咨询建议 Suggestions");
            Envelope upsert = agent.await(e -> isCategoryChange(e, ChangeOp.UPSERT, added), "the new category");
            assertThat(upsert.payload().path("data").path("name").asText()).isEqualTo("咨询建议 Suggestions");
            assertThat(api.send("DELETE", "/api/v1/wrap-up/categories/" + added, admin, null, null).status()).isEqualTo(204);
            agent.await(e -> isCategoryChange(e, ChangeOp.DELETE, added), "its deletion");
        }
    }

    private static boolean isCategoryChange(Envelope envelope, ChangeOp op, long id) {
        JsonNode change = envelope.payload();
        return envelope.type().equals(MessageTypes.CHANGE) && WrapUpCategory.ENTITY.equals(change.path("entity").asText())
                && op.name().equals(change.path("op").asText()) && change.path("entityId").asText().equals(Long.toString(id));
    }

    private long create(Long parentId, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        ApiResponse created = api.post("/api/v1/wrap-up/categories", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private ApiResponse place(long id, Long parentId, int index, Long version) {
        Map<String, Object> body = new HashMap<>(Map.of("index", index));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        if (version != null) {
            body.put("version", version);
        }
        return api.send("PUT", "/api/v1/wrap-up/categories/" + id + "/place", admin, json(body), ApiClient.JSON);
    }

    private ApiResponse put(long id, Map<String, Object> body) {
        return api.send("PUT", "/api/v1/wrap-up/categories/" + id, admin, json(body), ApiClient.JSON);
    }

    private List<WrapUpCategory> tree() {
        return Arrays.asList(api.get("/api/v1/wrap-up/categories", alice).as(WrapUpCategory[].class));
    }

    private List<String> children(long parentId) {
        return tree().stream().filter(c -> c.parentId() != null && c.parentId() == parentId).map(WrapUpCategory::name).toList();
    }

    private WrapUpCategory category(String name) {
        return tree().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<JsonNode> audit(String action) {
        return api.get("/api/v1/audit?limit=1000", admin).json().findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals(action)).toList();
    }

    /** The message for {@code field} of a refusal (400), or null when the request was taken. */
    private static String fieldError(ApiResponse response, String field) {
        if (response.status() < 300) {
            return null;
        }
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().path("errors").findParents("field").stream().filter(error -> error.path("field").asText().equals(field))
                .map(error -> error.path("message").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + response.body()));
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
