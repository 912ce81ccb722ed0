package dev.switchboard.server.hours;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /api/v1/business-hours} and {@code /api/v1/groups/{id}/business-hours} over HTTP. */
class BusinessHoursApiTest {

    static final String HOURS = """
            {"timeZone":"Asia/Shanghai",
             "weekly":[{"day":"MONDAY","opens":"09:00","closes":"12:00"},{"day":"MONDAY","opens":"22:00","closes":"02:00"}],
             "holidays":[{"date":"2026-11-03","name":"停业"}],
             "specialDays":[{"date":"2026-11-07","opens":"10:00","closes":"24:00","name":"调休"}]}""";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String alice = backend.token("alice");

    @Test
    void administratorsSetHoursEveryoneReadsThemWithWhetherTheGroupIsOpen() {
        assertThat(api.get("/api/v1/groups/1/business-hours", alice).status()).as("none yet: always open").isEqualTo(404);
        JsonNode saved = api.send("PUT", "/api/v1/groups/1/business-hours", admin, HOURS, ApiClient.JSON).json();
        assertThat(saved.path("weekly").get(1).path("closes").asText()).isEqualTo("02:00");
        assertThat(saved.path("specialDays").get(0).path("closes").asText()).isEqualTo("24:00");
        assertThat(api.get("/api/v1/groups/1/business-hours", alice).json()).isEqualTo(saved);

        // the test clock starts on Monday 2026-11-02 at 16:00 in Shanghai: closed until 22:00
        JsonNode group1 = state(1);
        assertThat(group1.path("open").asBoolean()).isFalse();
        assertThat(group1.path("nextOpening").asText()).isEqualTo("2026-11-02T14:00:00Z");
        assertThat(state(2).path("open").asBoolean()).as("no hours: always open").isTrue();
        assertThat(state(2).has("hours")).isFalse();

        backend.clock().advance(Duration.ofHours(7));
        assertThat(state(1).path("open").asBoolean()).as("23:00 on Monday").isTrue();

        assertThat(api.send("DELETE", "/api/v1/groups/1/business-hours", admin, null, ApiClient.JSON).status()).isEqualTo(204);
        assertThat(state(1).path("open").asBoolean()).isTrue();
    }

    @Test
    void badHoursAndOtherCallersAreRefused() {
        assertThat(api.send("PUT", "/api/v1/groups/1/business-hours", alice, HOURS, ApiClient.JSON).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/groups/999/business-hours", admin, HOURS, ApiClient.JSON).status()).isEqualTo(404);
        JsonNode problem = api.send("PUT", "/api/v1/groups/1/business-hours", admin,
                "{\"timeZone\":\"Asia/Beijing\",\"weekly\":[{\"day\":\"MONDAY\",\"opens\":\"9\",\"closes\":\"24:30\"}]}", ApiClient.JSON).json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("timeZone", "weekly[0].opens", "weekly[0].closes");
        assertThat(api.send("PUT", "/api/v1/groups/1/business-hours", admin, "{\"timeZone\":\"UTC\",\"weekly\":[{\"day\":\"FUNDAY\"}]}",
                ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("DELETE", "/api/v1/groups/1/business-hours", admin, null, ApiClient.JSON).status()).isEqualTo(404);
        JsonNode overlap = api.send("PUT", "/api/v1/groups/1/business-hours", admin, "{\"timeZone\":\"UTC\",\"weekly\":["
                + "{\"day\":\"SUNDAY\",\"opens\":\"20:00\",\"closes\":\"04:00\"},{\"day\":\"MONDAY\",\"opens\":\"03:00\",\"closes\":\"09:00\"}]}",
                ApiClient.JSON).json();
        assertThat(overlap.path("errors").findValuesAsText("field")).as("Sunday night runs into Monday morning").containsExactly("weekly[1]");
    }

    @Test
    void theDemoGivesItsGroupsHoursInShanghaiAndLeavesVipOpen() {
        backend.restart(config -> config.withDemoSettings(true));
        JsonNode presales = api.get("/api/v1/groups/1/business-hours", alice).json();
        assertThat(presales.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(presales.path("weekly")).hasSize(7);
        assertThat(presales.path("holidays").findValuesAsText("date")).contains("2027-01-01");
        assertThat(api.get("/api/v1/groups/3/business-hours", alice).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sites/default/auto-messages", alice).json().path("welcome").path("zh").asText()).contains("欢迎");
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("words").findValuesAsText("")).isEmpty();
        assertThat(api.get("/api/v1/sensitive-words", alice).json().path("words").size()).isPositive();
    }

    private JsonNode state(long groupId) {
        for (JsonNode state : api.get("/api/v1/business-hours", alice).json()) {
            if (state.path("groupId").asLong() == groupId) {
                return state;
            }
        }
        throw new AssertionError("no group " + groupId);
    }
}
