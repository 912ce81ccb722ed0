package dev.switchboard.server.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sensitive words one by one, as the workstation's administration edits them, over real HTTP:
 * many added at once with duplicates reported, one changed with its version, one deleted, the
 * agents' mode set, a sentence tried; each change audited and in the change log.
 */
class SensitiveWordEntriesTest {

    static final String ENTRIES = "/api/v1/sensitive-words/entries";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @BeforeEach
    void startFrom() {
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"CONFIRM\",\"words\":[\"scam\"]}", ApiClient.JSON).status())
                .isEqualTo(200);
    }

    @Test
    void manyWordsAreAddedAtOnceAndTheDuplicatesReportedNotRefused() {
        long cursor = ChangesSeen.cursor(api, alice);
        ApiResponse added = api.post(ENTRIES, admin, Map.of("words", List.of(" 退款 ", "SCAM", "退款", "ｓｃａｍ", "Refund")));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().path("added").findValuesAsText("word")).containsExactly("退款", "Refund");
        assertThat(added.json().path("duplicates").toString()).as("as given, stripped").isEqualTo("[\"SCAM\",\"退款\",\"ｓｃａｍ\"]");

        assertThat(words(carol)).containsExactly("Refund", "scam", "退款");
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("words").toString()).isEqualTo("[\"Refund\",\"scam\",\"退款\"]");
        List<Change> changes = ChangesSeen.since(api, alice, cursor, SensitiveWord.ENTITY);
        assertThat(changes).as("every agent's workstation hears of each new word").hasSize(2);
        assertThat(changes).allMatch(change -> change.op() == ChangeOp.UPSERT);
        assertThat(audit("sensitive-word.add")).singleElement().satisfies(entry -> assertThat(entry.path("detail").asText()).isEqualTo("退款, Refund"));

        ApiResponse onlyDuplicates = api.post(ENTRIES, admin, Map.of("words", List.of("scam")));
        assertThat(onlyDuplicates.status()).isEqualTo(200);
        assertThat(onlyDuplicates.json().path("added")).isEmpty();
        assertThat(audit("sensitive-word.add")).as("nothing added, nothing audited").hasSize(1);
    }

    @Test
    void blankTooLongOrNoWordsAreRefusedAndNothingIsAdded() {
        ApiResponse bad = api.post(ENTRIES, admin, Map.of("words", List.of("fine", " ", "长".repeat(51))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactly("words[1]", "words[2]");
        assertThat(bad.json().path("errors").findValuesAsText("message")).containsOnly(SensitiveWordRules.WORD_MESSAGE);
        assertThat(api.post(ENTRIES, admin, Map.of("words", List.of())).json().path("errors").findValuesAsText("field")).containsExactly("words");
        assertThat(api.send("POST", ENTRIES, admin, "{}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(words(admin)).as("all or nothing").containsExactly("scam");

        assertThat(api.post(ENTRIES, carol, Map.of("words", List.of("x"))).status()).as("supervisors read only").isEqualTo(403);
        assertThat(api.get(ENTRIES, alice).status()).isEqualTo(403);
    }

    @Test
    void aWordIsChangedAtItsVersionAndAStaleOrDuplicateChangeIsRefused() {
        api.post(ENTRIES, admin, Map.of("words", List.of("微信号")));
        JsonNode wechat = entry("微信号");
        long id = wechat.path("id").asLong();
        assertThat(wechat.path("version").asLong()).isEqualTo(1);

        ApiResponse changed = put(id, " 加我微信 ", 1);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("word").asText()).isEqualTo("加我微信");
        assertThat(changed.json().path("version").asLong()).isEqualTo(2);
        assertThat(audit("sensitive-word.update")).singleElement()
                .satisfies(entry -> assertThat(entry.path("detail").asText()).isEqualTo("微信号 → 加我微信"));

        ApiResponse stale = put(id, "微信", 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("errors").isMissingNode() || stale.json().path("errors").isEmpty())
                .as("a stale edit names no field: the editor shows both versions").isTrue();

        ApiResponse duplicate = put(id, "SCAM", 2);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").findValuesAsText("field")).containsExactly("word");
        assertThat(duplicate.json().path("errors").findValuesAsText("message")).containsExactly(SensitiveWordRules.WORD_TAKEN);

        assertThat(put(id, "  ", 2).json().path("errors").findValuesAsText("field")).containsExactly("word");
        assertThat(api.send("PUT", ENTRIES + "/" + id, admin, "{\"word\":\"x\"}", ApiClient.JSON).json().path("errors")
                .findValuesAsText("field")).containsExactly("version");
        assertThat(put(999_999, "x", 1).status()).isEqualTo(404);
        assertThat(words(admin)).containsExactly("scam", "加我微信");
    }

    @Test
    void aDeletedWordNoLongerHoldsMessagesAndItsDeletionIsLoggedAndAudited() {
        long id = entry("scam").path("id").asLong();
        long cursor = ChangesSeen.cursor(api, alice);
        assertThat(trial(carol, "This is no SCAM").path("words").toString()).isEqualTo("[\"scam\"]");

        assertThat(api.send("DELETE", ENTRIES + "/" + id, admin, null, ApiClient.JSON).status()).isEqualTo(204);

        assertThat(trial(carol, "This is no SCAM").path("words")).as("the screen uses the list at once").isEmpty();
        assertThat(ChangesSeen.since(api, alice, cursor, SensitiveWord.ENTITY)).singleElement()
                .satisfies(change -> assertThat(change.op()).isEqualTo(ChangeOp.DELETE));
        assertThat(audit("sensitive-word.delete")).singleElement().satisfies(entry -> assertThat(entry.path("detail").asText()).isEqualTo("scam"));
        assertThat(api.send("DELETE", ENTRIES + "/" + id, admin, null, ApiClient.JSON).status()).isEqualTo(404);
    }

    @Test
    void theAgentsModeIsSetAtItsVersion() {
        JsonNode list = api.get(ENTRIES, carol).json();
        assertThat(list.path("agentMode").asText()).isEqualTo("CONFIRM");
        long version = list.path("agentModeVersion").asLong();
        long cursor = ChangesSeen.cursor(api, alice);

        ApiResponse set = api.send("PUT", "/api/v1/sensitive-words/agent-mode", admin,
                "{\"agentMode\":\"BLOCK\",\"version\":" + version + "}", ApiClient.JSON);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("agentMode").asText()).isEqualTo("BLOCK");
        assertThat(trial(carol, "scam").path("agentMode").asText()).isEqualTo("BLOCK");
        assertThat(ChangesSeen.since(api, alice, cursor, SensitiveWord.ENTITY)).singleElement()
                .satisfies(change -> assertThat(change.entityId()).isEqualTo(SensitiveWord.AGENT_MODE_ID));
        assertThat(audit("sensitive-words.agent-mode")).hasSize(1);

        assertThat(api.send("PUT", "/api/v1/sensitive-words/agent-mode", admin, "{\"agentMode\":\"CONFIRM\",\"version\":" + version + "}",
                ApiClient.JSON).status()).as("stale").isEqualTo(409);
        assertThat(api.send("PUT", "/api/v1/sensitive-words/agent-mode", admin, "{\"agentMode\":\"LOUD\",\"version\":1}",
                ApiClient.JSON).status()).isEqualTo(400);
    }

    @Test
    void aSentenceIsTriedAsTheScreenWouldSeeIt() {
        api.post(ENTRIES, admin, Map.of("words", List.of("加我微信", "退款")));
        JsonNode tried = trial(carol, "您好，退款请加我微信，别说 scam");
        assertThat(tried.path("words").toString()).as("in the order they occur").isEqualTo("[\"退款\",\"加我微信\",\"scam\"]");
        assertThat(tried.path("agentMode").asText()).isEqualTo("CONFIRM");
        ApiResponse blank = api.post("/api/v1/sensitive-words/trial", carol, Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").findValuesAsText("field")).containsExactly("text");
        assertThat(api.post("/api/v1/sensitive-words/trial", alice, Map.of("text", "scam")).status()).isEqualTo(403);
    }

    private ApiResponse put(long id, String word, long version) {
        return api.send("PUT", ENTRIES + "/" + id, admin, "{\"word\":\"" + word + "\",\"version\":" + version + "}", ApiClient.JSON);
    }

    private JsonNode trial(String token, String text) {
        ApiResponse response = api.post("/api/v1/sensitive-words/trial", token, Map.of("text", text));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> words(String token) {
        return api.get(ENTRIES, token).json().path("words").findValuesAsText("word");
    }

    private JsonNode entry(String word) {
        return StreamSupport.stream(api.get(ENTRIES, admin).json().path("words").spliterator(), false)
                .filter(entry -> entry.path("word").asText().equals(word)).findFirst().orElseThrow();
    }

    private List<JsonNode> audit(String action) {
        return api.get("/api/v1/audit", admin).json().findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals(action)).toList();
    }
}
