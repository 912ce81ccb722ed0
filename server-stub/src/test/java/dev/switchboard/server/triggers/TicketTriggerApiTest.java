package dev.switchboard.server.triggers;

import static dev.switchboard.server.triggers.Rules.SCHEDULES;
import static dev.switchboard.server.triggers.Rules.TRIGGERS;
import static dev.switchboard.server.triggers.Rules.body;
import static dev.switchboard.server.triggers.Rules.condition;
import static dev.switchboard.server.triggers.Rules.set;
import static dev.switchboard.server.triggers.Rules.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.triggers.TriggerRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Editing triggers and schedules: versions, order, settings, bad input as problems, the audit log. */
class TicketTriggerApiTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Rules rules = new Rules(backend.api(), () -> backend.token("admin"));
    final String admin = backend.token("admin");

    @Test
    void badConditionsAndActionsAreRefusedFieldByFieldAndNothingIsStored() {
        ApiResponse refused = backend.api().post(TRIGGERS, admin, body("name", "Bad",
                "conditions", List.of(condition("mood", "IS", "angry"), condition("priority", "IS", "SOMEWHAT")),
                "actions", List.of(set("status", "archived"), text("NOTE", "Dear {{customer}}"), set("subject", "x"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemSlug()).isEqualTo("validation");
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("conditions[0].field", "conditions[1].values",
                "actions[0].value", "actions[1].text", "actions[2].field");
        assertThat(refused.json().path("errors").get(2).path("message").asText()).isEqualTo(TriggerRules.STATUS_UNKNOWN);
        assertThat(backend.api().get(TRIGGERS, admin).json()).isEmpty();

        ApiResponse noActions = backend.api().post(TRIGGERS, admin, body("name", "Idle", "conditions", List.of()));
        assertThat(noActions.json().path("errors").findValuesAsText("field")).containsExactly("actions");
        ApiResponse tooDeep = rules.put(TRIGGERS + "/settings", Map.of("chainDepth", 4, "notificationsPerHour", 10, "version", 1));
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().path("errors").findValuesAsText("field")).containsExactly("chainDepth");
    }

    @Test
    void aChangeFromAnOldVersionIsAConflictAndTheOrderDecidesWhichRuleHasTheLastWord() {
        JsonNode high = rules.trigger(body("name", "High", "conditions", List.of(), "actions", List.of(set("priority", "HIGH"))));
        JsonNode low = rules.trigger(body("name", "Low", "conditions", List.of(), "actions", List.of(set("priority", "LOW"))));
        assertThat(rules.ticket("Ordered", "NORMAL").priority().name()).as("the later trigger wins").isEqualTo("LOW");

        ApiResponse reordered = rules.put(TRIGGERS + "/order", Map.of("ids", List.of(low.path("id").asLong(), high.path("id").asLong())));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(rules.ticket("Reordered", "NORMAL").priority().name()).isEqualTo("HIGH");

        String path = TRIGGERS + "/" + high.path("id").asLong();
        ApiResponse renamed = rules.put(path, body("name", "Higher", "conditions", List.of(), "actions", List.of(set("priority", "HIGH")),
                "version", 1));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("version").asLong()).isEqualTo(2);
        ApiResponse stale = rules.put(path, body("name", "Mine", "conditions", List.of(), "actions", List.of(set("priority", "HIGH")),
                "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemSlug()).isEqualTo("conflict");
        assertThat(backend.api().get(path, admin).json().path("name").asText()).isEqualTo("Higher");

        assertThat(backend.api().send("DELETE", path, admin, null, null).status()).isEqualTo(204);
        assertThat(backend.api().get(path, admin).status()).isEqualTo(404);
        String audit = backend.api().get("/api/v1/audit/search?action=ticket-trigger.", admin).body();
        assertThat(audit).contains("ticket-trigger.create", "ticket-trigger.reorder", "ticket-trigger.update", "ticket-trigger.delete");
    }

    @Test
    void aScheduleNeedsOneTimetableConditionsAndAKnownZone() {
        ApiResponse refused = backend.api().post(SCHEDULES, admin, body("name", "Bad", "everyMinutes", 60, "dailyAt", "09:00",
                "timeZone", "Mars/Olympus", "conditions", List.of(), "actions", List.of(set("status", "closed"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("everyMinutes", "timeZone", "conditions");

        JsonNode daily = rules.schedule(body("name", "Daily", "dailyAt", "09:00", "timeZone", "Asia/Shanghai",
                "conditions", List.of(condition("status", "IS", "pending")), "actions", List.of(text("NOTE", "Still waiting"))));
        assertThat(daily.path("maxTickets").asInt()).isEqualTo(200);
        ApiResponse stale = rules.put(SCHEDULES + "/" + daily.path("id").asLong(), body("name", "Daily", "dailyAt", "10:00",
                "conditions", List.of(condition("status", "IS", "pending")), "actions", List.of(text("NOTE", "x")), "version", 7));
        assertThat(stale.status()).isEqualTo(409);
    }
}
