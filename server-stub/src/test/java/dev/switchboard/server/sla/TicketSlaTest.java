package dev.switchboard.server.sla;

import static dev.switchboard.server.sla.SlaFixtures.at;
import static dev.switchboard.server.sla.SlaPolicyApiTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The port the ticket core calls, on a running backend: policies and business hours edited over
 * HTTP choose the policy and the calendar; a change of either moves the settings' number and the
 * next evaluation counts with it.
 */
class TicketSlaTest {

    static final String POLICIES = "/api/v1/sla-policies";
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final String NINE_TO_SIX = """
            {"timeZone":"Asia/Shanghai","weekly":[
              {"day":"MONDAY","opens":"09:00","closes":"18:00"},{"day":"TUESDAY","opens":"09:00","closes":"18:00"},
              {"day":"WEDNESDAY","opens":"09:00","closes":"18:00"},{"day":"THURSDAY","opens":"09:00","closes":"18:00"},
              {"day":"FRIDAY","opens":"09:00","closes":"18:00"}]}""";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @BeforeEach
    void startFromNoPoliciesAndNoHours() {
        for (JsonNode policy : api.get(POLICIES, admin).json()) {
            api.send("DELETE", POLICIES + "/" + policy.path("id").asLong(), admin, null, null);
        }
        api.send("DELETE", "/api/v1/groups/" + AFTERSALES + "/business-hours", admin, null, null);
    }

    TicketSla sla() {
        return backend.server().ticketSla();
    }

    static SlaTicket ticket(String priority, Long group, Instant created) {
        return new SlaTicket(created, new SlaFacts(priority, List.of(), null, group, "EMAIL"), List.of());
    }

    @Test
    void theFirstMatchingPolicyCountsInItsCalendar() {
        assertThat(api.post(POLICIES, admin, policy("Urgent around the clock", "priorities", List.of("URGENT"), "calendar", "ALWAYS",
                "firstResponseMinutes", 30)).status()).isEqualTo(201);
        assertThat(api.post(POLICIES, admin, policy("Everything else in the group's hours", "calendar", "TICKET_GROUP",
                "firstResponseMinutes", 60)).status()).isEqualTo(201);
        assertThat(api.send("PUT", "/api/v1/groups/" + AFTERSALES + "/business-hours", admin, NINE_TO_SIX, ApiClient.JSON).status())
                .isEqualTo(200);
        // Friday evening
        Instant created = at("2027-03-05T19:00:00");

        SlaEvaluation urgent = sla().evaluate(ticket("URGENT", AFTERSALES, created), created);
        assertThat(urgent.target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(at("2027-03-05T19:30:00"));
        SlaEvaluation normal = sla().evaluate(ticket("NORMAL", AFTERSALES, created), created);
        assertThat(normal.target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt()).as("Monday morning").isEqualTo(at("2027-03-08T10:00:00"));
        assertThat(normal.policyId()).isEqualTo(sla().policyFor(new SlaFacts("NORMAL", List.of(), null, AFTERSALES, null)).orElseThrow().id());
        SlaEvaluation noHours = sla().evaluate(ticket("NORMAL", PRESALES, created), created);
        assertThat(noHours.target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt()).as("a group without hours is always open")
                .isEqualTo(at("2027-03-05T20:00:00"));
        SlaEvaluation noGroup = sla().evaluate(ticket("NORMAL", null, created), created);
        assertThat(noGroup.target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(at("2027-03-05T20:00:00"));
    }

    @Test
    void changingAPolicyOrTheHoursMovesTheSettingsNumberAndTheNextEvaluationFollows() {
        long policy = api.post(POLICIES, admin, policy("Standard", "calendar", "GROUP", "calendarGroupId", AFTERSALES, "solutionMinutes", 120))
                .json().path("id").asLong();
        Instant created = at("2027-03-05T17:00:00");
        SlaTicket ticket = ticket("LOW", PRESALES, created);

        long before = sla().settingsVersion();
        assertThat(api.send("PUT", "/api/v1/groups/" + AFTERSALES + "/business-hours", admin, NINE_TO_SIX, ApiClient.JSON).status())
                .isEqualTo(200);
        long afterHours = sla().settingsVersion();
        assertThat(afterHours).isGreaterThan(before);
        assertThat(sla().evaluate(ticket, created).target(SlaTarget.SOLUTION).orElseThrow().dueAt())
                .as("the policy's group's hours, not the ticket's group's").isEqualTo(at("2027-03-08T10:00:00"));

        assertThat(api.send("PUT", POLICIES + "/" + policy, admin, json(policy("Standard", "calendar", "ALWAYS",
                "solutionMinutes", 120, "version", 1)), ApiClient.JSON).status()).isEqualTo(200);
        assertThat(sla().settingsVersion()).isGreaterThan(afterHours);
        assertThat(sla().evaluate(ticket, created).target(SlaTarget.SOLUTION).orElseThrow().dueAt()).isEqualTo(at("2027-03-05T19:00:00"));

        long beforeRemoval = sla().settingsVersion();
        assertThat(api.send("DELETE", "/api/v1/groups/" + AFTERSALES + "/business-hours", admin, null, null).status()).isEqualTo(204);
        assertThat(sla().settingsVersion()).as("removing hours is a change too").isGreaterThan(beforeRemoval);
    }

    private static String json(Map<String, Object> body) {
        return Json.mapper().valueToTree(body).toString();
    }
}
