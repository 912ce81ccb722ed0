package dev.switchboard.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonRules;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Away reasons as the workstation's administration edits them, over real HTTP: a name another
 * reason has is refused next to its field, the order is set at once, an unused reason is deleted
 * and a given one only disabled; each change audited and in the change log every workstation follows.
 */
class AwayReasonsAdministrationTest {

    static final String REASONS = "/api/v1/away-reasons";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @Test
    void aNameAnotherReasonHasIsRefusedNextToItsFieldWhateverTheCase() {
        ApiResponse english = api.post(REASONS, admin, Map.of("name", "meal", "nameZh", "吃饭"));
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.json().path("errors").findValuesAsText("field")).as("a clash, not a stale edit").containsExactly("name");
        assertThat(english.json().path("errors").findValuesAsText("message")).containsExactly(AwayReasonRules.NAME_TAKEN);

        ApiResponse chinese = api.post(REASONS, admin, Map.of("name", "Lunch", "nameZh", "用餐"));
        assertThat(chinese.json().path("errors").findValuesAsText("field")).containsExactly("nameZh");

        JsonNode breakReason = reason("小休");
        ApiResponse renamed = api.send("PUT", REASONS + "/" + breakReason.path("id").asLong(), admin,
                "{\"name\":\"Meeting\",\"nameZh\":\"小休\",\"version\":" + breakReason.path("version").asLong() + "}", ApiClient.JSON);
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.json().path("errors").findValuesAsText("field")).containsExactly("name");

        ApiResponse blank = api.post(REASONS, admin, Map.of("name", "Nap", "nameZh", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").findValuesAsText("field")).containsExactly("nameZh");
        assertThat(blank.json().path("errors").findValuesAsText("message")).containsExactly(AwayReasonRules.NAME_MESSAGE);
    }

    @Test
    void theOrderIsSetForEveryReasonAtOnceKeepingTheirVersions() {
        List<Long> ids = ids();
        List<Long> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        long cursor = ChangesSeen.cursor(api, alice);

        ApiResponse ordered = api.send("PUT", REASONS + "/order", admin, "{\"ids\":" + reversed + "}", ApiClient.JSON);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
        assertThat(ordered.json().findValuesAsText("nameZh")).containsExactly("会议", "培训", "用餐", "小休");
        assertThat(api.get(REASONS, alice).json().findValuesAsText("nameZh")).containsExactly("会议", "培训", "用餐", "小休");
        assertThat(api.get(REASONS, alice).json().findValuesAsText("version")).as("a move is no edit").containsOnly("1");
        List<Change> changes = ChangesSeen.since(api, alice, cursor, AwayReason.ENTITY);
        assertThat(changes).as("every reason moved").hasSize(4);
        assertThat(audit("away-reason.reorder")).hasSize(1);

        assertThat(api.send("PUT", REASONS + "/order", admin, "{\"ids\":" + ids.subList(0, 3) + "}", ApiClient.JSON).status())
                .as("a reason left out: someone added or deleted one meanwhile").isEqualTo(409);
        assertThat(api.send("PUT", REASONS + "/order", admin, "{\"ids\":[1,1]}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", REASONS + "/order", carol, "{\"ids\":" + ids + "}", ApiClient.JSON).status()).isEqualTo(403);
    }

    @Test
    void aReasonNobodyGaveIsDeletedAndOneGivenIsOnlyDisabled() {
        long coaching = api.post(REASONS, admin, Map.of("name", "Coaching", "nameZh", "辅导")).json().path("id").asLong();
        long meal = reason("用餐").path("id").asLong();
        try (SocketClient desk = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            desk.await(MessageTypes.WELCOME);
            String ref = desk.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY, meal));
            desk.await(e -> e.type().equals(MessageTypes.ACK) && ref.equals(e.payload().path("ref").asText()), "away for a meal");
        }
        long cursor = ChangesSeen.cursor(api, alice);

        ApiResponse given = api.send("DELETE", REASONS + "/" + meal, admin, null, ApiClient.JSON);
        assertThat(given.status()).isEqualTo(409);
        assertThat(given.json().path("errors").findValuesAsText("message")).containsExactly(AwayReasonRules.IN_USE);
        assertThat(api.send("DELETE", REASONS + "/" + coaching, carol, null, ApiClient.JSON).status()).isEqualTo(403);

        assertThat(api.send("DELETE", REASONS + "/" + coaching, admin, null, ApiClient.JSON).status()).isEqualTo(204);
        assertThat(api.get(REASONS, carol).json().findValuesAsText("name")).doesNotContain("Coaching").contains("Meal");
        assertThat(ChangesSeen.since(api, alice, cursor, AwayReason.ENTITY)).singleElement()
                .satisfies(change -> assertThat(change.op()).isEqualTo(ChangeOp.DELETE));
        assertThat(audit("away-reason.delete")).singleElement()
                .satisfies(entry -> assertThat(entry.path("detail").asText()).isEqualTo("Coaching / 辅导"));
        assertThat(api.send("DELETE", REASONS + "/" + coaching, admin, null, ApiClient.JSON).status()).isEqualTo(404);
    }

    private List<Long> ids() {
        return StreamSupport.stream(api.get(REASONS, admin).json().spliterator(), false).map(reason -> reason.path("id").asLong()).toList();
    }

    private JsonNode reason(String nameZh) {
        return StreamSupport.stream(api.get(REASONS, admin).json().spliterator(), false)
                .filter(reason -> reason.path("nameZh").asText().equals(nameZh)).findFirst().orElseThrow();
    }

    private List<JsonNode> audit(String action) {
        return api.get("/api/v1/audit", admin).json().findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals(action)).toList();
    }
}
