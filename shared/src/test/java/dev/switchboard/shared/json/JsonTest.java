package dev.switchboard.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void agentRoundTrips() throws Exception {
        Agent agent = new Agent(7, "alice", "Alice", Role.AGENT, List.of(1L, 2L), 5, AgentStatus.AWAY, true, 3);
        String json = Json.mapper().writeValueAsString(agent);
        assertThat(Json.mapper().readValue(json, Agent.class)).isEqualTo(agent);
    }

    @Test
    void agentSkillsRoundTripByGroupIdAndAreEmptyWhenAbsent() throws Exception {
        Agent agent = new Agent(7, "alice", "Alice", Role.AGENT, List.of(1L, 3L), Map.of(1L, 9, 3L, 5), 5, AgentStatus.ONLINE, true, 4);
        String json = Json.mapper().writeValueAsString(agent);
        assertThat(json).contains("\"skills\":{");
        assertThat(Json.mapper().readValue(json, Agent.class)).isEqualTo(agent);
        String withoutSkills = json.replaceFirst("\"skills\":\\{[^}]*},", "");
        assertThat(Json.mapper().readValue(withoutSkills, Agent.class).skills()).isEmpty();
    }

    @Test
    void aVisitorsCustomerLevelRoundTripsAndIsLeftOutWhenNone() throws Exception {
        VisitorSummary vip = new VisitorSummary("v1", "default", "https://shop.example.cn/", "Shop", null, null, null, "zh-CN", null,
                Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:01:00Z"), 2, 3, VisitorStatus.BROWSING, false, 7, "VIP");
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(vip), VisitorSummary.class)).isEqualTo(vip);
        VisitorSummary plain = new VisitorSummary("v2", "default", null, null, null, null, null, null, null,
                Instant.parse("2026-11-22T10:00:00Z"), null, 1, 1, VisitorStatus.BROWSING, false, 1);
        assertThat(Json.mapper().writeValueAsString(plain)).doesNotContain("customerLevel");
    }

    @Test
    void instantsAreIsoStrings() throws Exception {
        Change change = new Change(1, "agent", "7", ChangeOp.DELETE, null, Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(Json.mapper().writeValueAsString(change)).contains("\"2026-11-22T10:00:00Z\"");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"login\":\"a\",\"password\":\"b\",\"admin\":true}", LoginRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void passwordsStayOutOfToString() {
        assertThat(new LoginRequest("alice", "secret-pass").toString()).doesNotContain("secret-pass");
    }
}
