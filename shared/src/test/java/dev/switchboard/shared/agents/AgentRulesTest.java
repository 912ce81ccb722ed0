package dev.switchboard.shared.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import java.util.Map;
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

    @Test
    void skillsAreInRangeAndForTheAgentsGroups() {
        assertThat(AgentRules.check(new NewAgent("dana", "Dana", "correct horse battery", Role.AGENT, List.of(1L, 2L), 5,
                Map.of(1L, 10, 2L, 1)))).isEmpty();
        assertThat(AgentRules.check(new NewAgent("dana", "Dana", "correct horse battery", Role.AGENT, List.of(1L), 5, Map.of(2L, 5))))
                .extracting(FieldError::field).containsExactly("skills");
        assertThat(AgentRules.check(new AgentPatch(null, null, null, null, null, null, Map.of(1L, 11), 3L)))
                .extracting(FieldError::field).containsExactly("skills");
        assertThat(AgentRules.check(new AgentPatch(null, null, null, List.of(1L), null, null, Map.of(1L, 0), null)))
                .extracting(FieldError::field).containsExactly("skills");
        assertThat(AgentRules.check(new AgentPatch(null, null, null, null, null, null, Map.of(7L, 7), null)))
                .as("whether the agent is in group 7 is the backend's to say").isEmpty();
    }

    @Test
    void aProfileNeedsADisplayNameAndAResetAGoodPassword() {
        assertThat(AgentRules.check(new ProfileChange("Alice 王丽"))).isEmpty();
        assertThat(AgentRules.check(new ProfileChange(null))).extracting(FieldError::field).containsExactly("displayName");
        assertThat(AgentRules.check(new ProfileChange("x".repeat(81)))).extracting(FieldError::message)
                .containsExactly(AgentRules.DISPLAY_NAME_FORMAT);
        assertThat(AgentRules.check(new PasswordReset("short"))).extracting(FieldError::field).containsExactly("password");
        assertThat(AgentRules.check(new PasswordReset(dev.switchboard.shared.auth.PasswordGenerator.generate()))).isEmpty();
    }
}
