package dev.switchboard.server.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.InvitationRuleRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Editing the automatic invitation rules over HTTP: versions, the audit log, the change log and the shared validation. */
class InvitationRuleApiTest {

    static final String RULES = "/api/v1/invitation-rules";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @Test
    void aChangeMustCarryTheVersionItWasReadWithAndAStaleOneIsRefused() {
        long cursor = ChangesSeen.cursor(api, carol);
        ApiResponse created = api.post(RULES, admin, rule("Pricing", "urlPattern", "*/pricing*"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("version").asLong()).isEqualTo(1);

        ApiResponse withoutVersion = put(id, rule("Pricing", "urlPattern", "*/prices*"));
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.json().path("errors").findValuesAsText("field")).containsExactly("version");

        ApiResponse changed = put(id, rule("Pricing", "urlPattern", "*/prices*", "version", 1));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("version").asLong()).isEqualTo(2);
        ApiResponse stale = put(id, rule("Someone else's edit", "engine", "baidu", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemSlug()).isEqualTo("conflict");
        assertThat(api.get(RULES, carol).json().get(0).path("urlPattern").asText()).isEqualTo("*/prices*");
        assertThat(put(999, rule("Gone", "version", 1)).status()).isEqualTo(404);

        assertThat(api.send("DELETE", RULES + "/" + id, admin, null, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/audit", admin).json().findValuesAsText("action"))
                .containsSubsequence("invitation-rule.create", "invitation-rule.update", "invitation-rule.delete");
        List<Change> seen = ChangesSeen.since(api, carol, cursor, InvitationRule.ENTITY);
        assertThat(seen).extracting(change -> change.op() + " " + (change.data() == null || change.data().isNull() ? "-" : change.data().path("version").asLong()))
                .containsExactly("UPSERT 1", "UPSERT 2", "DELETE -");
        assertThat(ChangesSeen.since(api, alice, cursor, InvitationRule.ENTITY)).as("agents do not read the rules").isEmpty();
    }

    @Test
    void badRulesAreRefusedWithTheSharedRulesMessages() {
        ApiResponse bad = api.post(RULES, admin, rule("", "site", "nowhere", "groupId", 999, "minPagesViewed", 0, "cooldownMinutes", 0,
                "keyword", " "));
        assertThat(bad.status()).isEqualTo(400);
        Map<String, String> messages = new HashMap<>();
        for (JsonNode error : bad.json().path("errors")) {
            messages.put(error.path("field").asText(), error.path("message").asText());
        }
        assertThat(messages).containsEntry("name", InvitationRuleRules.lengthMessage(InvitationRuleRules.NAME_MAX))
                .containsEntry("site", InvitationRuleRules.SITE_UNKNOWN)
                .containsEntry("groupId", InvitationRuleRules.GROUP_UNKNOWN)
                .containsEntry("minPagesViewed", InvitationRuleRules.rangeMessage(1, InvitationRuleRules.PAGES_VIEWED_MAX))
                .containsEntry("cooldownMinutes", InvitationRuleRules.rangeMessage(1, InvitationRuleRules.COOLDOWN_MAX))
                .containsEntry("keyword", InvitationRuleRules.lengthMessage(InvitationRuleRules.KEYWORD_MAX));
        assertThat(api.get(RULES, admin).json()).isEmpty();
        assertThat(api.post(RULES, carol, rule("Supervisors only read")).status()).isEqualTo(403);
    }

    /** A valid rule body with the given fields added or replaced. */
    private static Map<String, Object> rule(String name, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "site", "default", "groupId", 1, "message", "需要帮忙吗？"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    private ApiResponse put(long id, Object body) {
        return api.send("PUT", RULES + "/" + id, admin, Json.mapper().valueToTree(body).toString(), ApiClient.JSON);
    }
}
