package dev.switchboard.server.canned;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.sync.ChangePage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Categories and the order of canned replies in their scope, who may change them, and the demo's replies. */
class CannedReplyOrderTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");

    @Test
    void aCategoryIsStoredStrippedAndABlankOneIsNone() {
        ApiResponse filed = api.post("/api/v1/canned-replies", alice, reply(null, "r1", "退款说明", "退款 3 个工作日到账。", "  退款 Refunds "));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("category").asText()).isEqualTo("退款 Refunds");

        ApiResponse none = api.post("/api/v1/canned-replies", alice, reply(null, "r2", "Hi", "Hello", "   "));
        assertThat(none.json().has("category")).as(none.body()).isFalse();

        long id = filed.json().path("id").asLong();
        ApiResponse moved = api.send("PUT", "/api/v1/canned-replies/" + id, alice,
                "{\"shortcut\":\"r1\",\"title\":\"退款说明\",\"body\":\"退款 3 个工作日到账。\",\"category\":\"售后\",\"version\":1}", ApiClient.JSON);
        assertThat(moved.json().path("category").asText()).isEqualTo("售后");

        ApiResponse tooLong = api.post("/api/v1/canned-replies", alice, reply(null, "r3", "t", "b", "x".repeat(41)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").findValuesAsText("field")).containsExactly("category");
    }

    @Test
    void newRepliesGoLastAndTheOwnerReordersThem() {
        // carol has no personal replies in the demo: these are all of hers
        long a = create(carol, reply(null, "a", "A", "first", null));
        long b = create(carol, reply(null, "b", "B", "second", null));
        long c = create(carol, reply(null, "c", "C", "third", null));
        assertThat(personalShortcuts(carol)).containsExactly("a", "b", "c");
        long after = latestSeq(carol);

        ApiResponse reordered = api.send("PUT", "/api/v1/canned-replies/order", carol, order(null, List.of(a, c, b)), ApiClient.JSON);
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(personalShortcuts(carol)).containsExactly("a", "c", "b");

        // only what moved is written and synced, with its new place
        ChangePage page = api.get("/api/v1/sync?after=" + after, carol).as(ChangePage.class);
        Map<String, Integer> moved = new HashMap<>();
        page.changes().forEach(change -> moved.put(change.data().path("shortcut").asText(), change.data().path("position").asInt()));
        assertThat(moved).isEqualTo(Map.of("c", 2, "b", 3));
    }

    @Test
    void anOrderMustNameTheWholeScopeOnce() {
        long a = create(alice, reply(null, "a", "A", "first", null));
        long b = create(alice, reply(null, "b", "B", "second", null));
        List<Long> all = personalIdsWith(alice, List.of(b, a));

        ApiResponse missing = api.send("PUT", "/api/v1/canned-replies/order", alice, order(null, all.subList(0, all.size() - 1)), ApiClient.JSON);
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.isProblem()).isTrue();

        List<Long> twice = new ArrayList<>(all);
        twice.add(a);
        assertThat(api.send("PUT", "/api/v1/canned-replies/order", alice, order(null, twice), ApiClient.JSON).status()).isEqualTo(400);

        long bobs = create(bob, reply(null, "mine", "Mine", "bob's", null));
        List<Long> withSomeoneElses = new ArrayList<>(all);
        withSomeoneElses.add(bobs);
        assertThat(api.send("PUT", "/api/v1/canned-replies/order", alice, order(null, withSomeoneElses), ApiClient.JSON).status())
                .isEqualTo(409);
        assertThat(personalShortcuts(alice)).as("nothing moved").containsSubsequence("a", "b");
    }

    @Test
    void aGroupsOrderIsItsSupervisorsToSet() {
        long presales = 1;
        List<Long> group = idsOf(api.get("/api/v1/canned-replies", carol).json(), presales);
        assertThat(group).as("the demo shares replies with pre-sales").hasSizeGreaterThan(1);
        List<Long> reversed = new ArrayList<>(group);
        java.util.Collections.reverse(reversed);

        assertThat(api.send("PUT", "/api/v1/canned-replies/order", alice, order(presales, reversed), ApiClient.JSON).status()).isEqualTo(403);
        ApiResponse bySupervisor = api.send("PUT", "/api/v1/canned-replies/order", carol, order(presales, reversed), ApiClient.JSON);
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
        assertThat(idsOf(api.get("/api/v1/canned-replies", alice).json(), presales)).containsExactlyElementsOf(reversed);
    }

    @Test
    void theDemoSharesRepliesWithTheGroupsAndGivesAliceHerOwn() {
        assertThat(api.get("/api/v1/canned-replies", bob).json().findValuesAsText("shortcut")).contains("tuikuan", "wuliu")
                .doesNotContain("greet", "wait");
        assertThat(api.get("/api/v1/canned-replies", alice).json().findValuesAsText("shortcut")).contains("greet", "wait")
                .doesNotContain("tuikuan");
    }

    private long create(String token, Map<String, Object> body) {
        ApiResponse created = api.post("/api/v1/canned-replies", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private List<String> personalShortcuts(String token) {
        return StreamSupport.stream(api.get("/api/v1/canned-replies", token).json().spliterator(), false)
                .filter(reply -> reply.hasNonNull("ownerId")).map(reply -> reply.path("shortcut").asText()).toList();
    }

    /** The caller's personal reply ids: {@code first} in that order, then the others (the demo's) as they are. */
    private List<Long> personalIdsWith(String token, List<Long> first) {
        List<Long> ids = new ArrayList<>(first);
        api.get("/api/v1/canned-replies", token).json().forEach(reply -> {
            if (reply.hasNonNull("ownerId") && !ids.contains(reply.path("id").asLong())) {
                ids.add(reply.path("id").asLong());
            }
        });
        return ids;
    }

    private static List<Long> idsOf(JsonNode replies, long groupId) {
        return StreamSupport.stream(replies.spliterator(), false)
                .filter(reply -> reply.path("groupId").asLong(-1) == groupId).map(reply -> reply.path("id").asLong()).toList();
    }

    /** Where the caller's change feed stands now. */
    private long latestSeq(String token) {
        ChangePage page = api.get("/api/v1/sync?after=0&limit=1000", token).as(ChangePage.class);
        while (page.hasMore()) {
            page = api.get("/api/v1/sync?after=" + page.next() + "&limit=1000", token).as(ChangePage.class);
        }
        return page.next();
    }

    private static String order(Long groupId, List<Long> ids) {
        return "{\"groupId\":" + groupId + ",\"ids\":" + ids + "}";
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
}
