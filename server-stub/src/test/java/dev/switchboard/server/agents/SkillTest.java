package dev.switchboard.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents' skill in each of their groups: set by administrators and the group's supervisors, shown and synced with the agent. */
class SkillTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final long VIP = 3;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    long aliceId;
    long bobId;

    @BeforeEach
    void start() {
        aliceId = api.get("/api/v1/auth/me", api.token("alice", TestBackend.PASSWORD)).json().path("id").asLong();
        bobId = api.get("/api/v1/auth/me", api.token("bob", TestBackend.PASSWORD)).json().path("id").asLong();
    }

    @Test
    void membersStartAtFiveAndASkillChangeIsShownSyncedAndAudited() {
        JsonNode before = api.get("/api/v1/agents/" + aliceId, admin).json();
        assertThat(before.path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(5);
        assertThat(before.path("skills").path(String.valueOf(VIP)).asInt()).isEqualTo(5);
        long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

        ApiResponse set = skill(PRESALES, aliceId, admin, "{\"skill\":9}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(9);
        assertThat(set.json().path("version").asLong()).isGreaterThan(before.path("version").asLong());

        JsonNode listed = api.get("/api/v1/agents", carol).json();
        JsonNode alice = listed.findParents("login").stream().filter(a -> a.path("id").asLong() == aliceId).findFirst().orElseThrow();
        assertThat(alice.path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(9);
        assertThat(alice.path("skills").path(String.valueOf(VIP)).asInt()).isEqualTo(5);

        JsonNode changes = api.get("/api/v1/sync?after=" + cursor, admin).json().path("changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("entity").asText()).isEqualTo("agent");
            assertThat(change.path("data").path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(9);
        });
        JsonNode audit = api.get("/api/v1/audit", admin).json();
        assertThat(audit.findValuesAsText("action")).contains("group.skill");
        assertThat(audit.findValuesAsText("detail")).contains("group=" + PRESALES + "; skill=9");
    }

    @Test
    void aSupervisorSetsSkillsOnlyInTheirOwnGroupsAndAgentsNot() {
        assertThat(skill(PRESALES, aliceId, carol, "{\"skill\":3}").status()).as("carol supervises pre-sales").isEqualTo(200);
        assertThat(api.post("/api/v1/agents", admin, Map.of("login", "dana", "displayName", "Dana", "password", "dana-secret-1",
                "role", "SUPERVISOR", "groupIds", List.of(AFTERSALES))).status()).isEqualTo(201);
        String dana = api.token("dana", "dana-secret-1");
        assertThat(skill(PRESALES, aliceId, dana, "{\"skill\":8}").status()).as("not her group").isEqualTo(403);
        assertThat(skill(AFTERSALES, bobId, dana, "{\"skill\":8}").status()).isEqualTo(200);
        assertThat(skill(PRESALES, aliceId, api.token("alice", TestBackend.PASSWORD), "{\"skill\":10}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/agents/" + aliceId, admin).json().path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(3);
    }

    @Test
    void badSkillsAndNonMembersAreRefusedWithProblems() {
        for (String body : List.of("{\"skill\":0}", "{\"skill\":11}", "{\"skill\":null}", "{}")) {
            ApiResponse refused = skill(PRESALES, aliceId, admin, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.problemSlug()).isEqualTo("validation");
        }
        assertThat(skill(PRESALES, aliceId, admin, "{\"skill\":\"high\"}").problemSlug()).isEqualTo("malformed-json");
        assertThat(skill(PRESALES, bobId, admin, "{\"skill\":7}").status()).as("bob is not in pre-sales").isEqualTo(404);
        assertThat(skill(999, aliceId, admin, "{\"skill\":7}").status()).isEqualTo(404);
        assertThat(skill(PRESALES, 999, admin, "{\"skill\":7}").status()).isEqualTo(404);
    }

    @Test
    void changingAnAgentsGroupsKeepsTheSkillsOfTheGroupsTheyStayIn() {
        skill(PRESALES, aliceId, admin, "{\"skill\":8}");
        JsonNode moved = api.patch("/api/v1/agents/" + aliceId, admin, Map.of("groupIds", List.of(PRESALES, AFTERSALES))).json();
        assertThat(moved.path("groupIds")).extracting(JsonNode::asLong).containsExactly(PRESALES, AFTERSALES);
        assertThat(moved.path("skills").path(String.valueOf(PRESALES)).asInt()).isEqualTo(8);
        assertThat(moved.path("skills").path(String.valueOf(AFTERSALES)).asInt()).isEqualTo(5);
        assertThat(moved.path("skills").has(String.valueOf(VIP))).isFalse();
    }

    private ApiResponse skill(long groupId, long agentId, String token, String body) {
        return api.send("PUT", "/api/v1/groups/" + groupId + "/members/" + agentId + "/skill", token, body, ApiClient.JSON);
    }
}
