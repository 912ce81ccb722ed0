package dev.switchboard.shared.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentRulesTest {

    @Test
    void acceptsAWellFormedAgent() {
        assertThat(AgentRules.check(new NewAgent("alice", "Alice 李", "correct horse battery", Role.AGENT, List.of(1L), 5))).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        List<FieldError> errors = AgentRules.check(new NewAgent("A", " ", "short", null, List.of(-1L), 99));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("login", "displayName", "password", "role", "groupIds", "maxChats");
    }

    @Test
    void patchFieldsAreOptionalButCheckedWhenPresent() {
        assertThat(AgentRules.check(new AgentPatch(null, null, null, null, null, null))).isEmpty();
        assertThat(AgentRules.check(new AgentPatch("a\u0000b", null, null, null, -1, null)))
                .extracting(FieldError::field).containsExactly("displayName", "maxChats");
    }

    @Test
    void groupNamesAreRequiredAndBounded() {
        assertThat(AgentRules.check(new NewGroup("售前 Pre-sales", null))).isEmpty();
        assertThat(AgentRules.check(new NewGroup(null, null))).extracting(FieldError::field).containsExactly("name");
        assertThat(AgentRules.check(new GroupPatch("x".repeat(61), "y".repeat(501))))
                .extracting(FieldError::field).containsExactly("name", "description");
    }
}
