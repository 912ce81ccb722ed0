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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void agentRoundTrips() throws Exception {
        Agent agent = new Agent(7, "alice", "Alice", Role.AGENT, List.of(1L, 2L), 5, AgentStatus.AWAY, true, 3);
        String json = Json.mapper().writeValueAsString(agent);
        assertThat(Json.mapper().readValue(json, Agent.class)).isEqualTo(agent);
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
