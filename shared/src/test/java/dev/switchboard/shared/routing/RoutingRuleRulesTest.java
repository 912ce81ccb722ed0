package dev.switchboard.shared.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.Channel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRuleRulesTest {

    static final Set<Long> GROUPS = Set.of(1L, 2L);

    @Test
    void aRuleWithAConditionAndAnExistingGroupIsValid() {
        assertThat(check(rule("Baidu", Channel.SEARCH, null, null, 1L, null), false)).isEmpty();
    }

    @Test
    void aRuleWithoutConditionsIsRefusedUnlessItIsMeantAsCatchAll() {
        assertThat(check(rule("Nothing", null, null, null, 1L, null), false))
                .containsExactly(new FieldError("catchAll", RoutingRuleRules.NO_CONDITION));
        assertThat(check(rule("Everyone", null, null, true, 1L, null), false)).isEmpty();
        assertThat(check(rule("Both", null, "en", true, 1L, null), false))
                .containsExactly(new FieldError("catchAll", RoutingRuleRules.CATCH_ALL_WITH_CONDITIONS));
    }

    @Test
    void anEmptyNameAndAMissingOrUnknownGroupAreRefused() {
        assertThat(check(rule("  ", null, "en", null, 1L, null), false)).containsExactly(new FieldError("name", RoutingRuleRules.NAME_MESSAGE));
        assertThat(check(rule("x", null, "en", null, null, null), false))
                .containsExactly(new FieldError("groupId", RoutingRuleRules.GROUP_REQUIRED));
        assertThat(check(rule("x", null, "en", null, 9L, null), false))
                .containsExactly(new FieldError("groupId", RoutingRuleRules.GROUP_UNKNOWN));
    }

    @Test
    void aReplacementNeedsTheVersionItWasReadWith() {
        assertThat(check(rule("x", null, "en", null, 1L, null), true)).extracting(FieldError::field).containsExactly("version");
        assertThat(check(rule("x", null, "en", null, 1L, 3L), true)).isEmpty();
    }

    @Test
    void aBlankOrTooLongTextConditionIsRefusedWithItsLimit() {
        NewRoutingRule blank = new NewRoutingRule("x", true, null, null, " ", null, null, null, null, null, null, 1L, null);
        assertThat(check(blank, false)).containsExactly(new FieldError("keyword", RoutingRuleRules.textMessage(RoutingRuleRules.KEYWORD_MAX)));
        NewRoutingRule longLanguage = new NewRoutingRule("x", true, null, null, null, null, "e".repeat(36), null, null, null, null, 1L, null);
        assertThat(check(longLanguage, false)).extracting(FieldError::field).containsExactly("language");
    }

    private static List<FieldError> check(NewRoutingRule rule, boolean replacing) {
        return RoutingRuleRules.check(rule, replacing, GROUPS::contains);
    }

    private static NewRoutingRule rule(String name, Channel channel, String language, Boolean catchAll, Long groupId, Long version) {
        return new NewRoutingRule(name, true, channel, null, null, null, language, null, null, null, catchAll, groupId, version);
    }
}
