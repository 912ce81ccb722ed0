package dev.switchboard.shared.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationRuleRulesTest {

    @Test
    void aRuleForAnExistingSiteAndGroupWithAMessageIsValidEvenWithoutConditions() {
        assertThat(check(rule("Everyone", "default", 1L, "Hi", 60, null), false)).isEmpty();
    }

    @Test
    void unknownSitesAndGroupsBlankTextsAndNumbersOutOfRangeAreRefused() {
        assertThat(check(rule("", "nowhere", 9L, " ", 0, null), false)).containsExactlyInAnyOrder(
                new FieldError("name", InvitationRuleRules.lengthMessage(InvitationRuleRules.NAME_MAX)),
                new FieldError("site", InvitationRuleRules.SITE_UNKNOWN),
                new FieldError("groupId", InvitationRuleRules.GROUP_UNKNOWN),
                new FieldError("message", InvitationRuleRules.lengthMessage(InvitationRuleRules.MESSAGE_MAX)),
                new FieldError("cooldownMinutes", InvitationRuleRules.rangeMessage(1, InvitationRuleRules.COOLDOWN_MAX)));
    }

    @Test
    void aReplacementNeedsTheVersionItWasReadWith() {
        assertThat(check(rule("x", "default", 1L, "Hi", null, null), true)).extracting(FieldError::field).containsExactly("version");
        assertThat(check(rule("x", "default", 1L, "Hi", null, 2L), true)).isEmpty();
    }

    @Test
    void aBlockNeedsAVisitorAReasonAndAnEndInTheFuture() {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(BlockRules.check(new NewBlock("v1", false, "spam", now.plusSeconds(60)), now)).isEmpty();
        assertThat(BlockRules.check(new NewBlock(" ", null, "", now), now)).containsExactly(
                new FieldError("visitorId", BlockRules.VISITOR_REQUIRED), new FieldError("reason", BlockRules.REASON_MESSAGE),
                new FieldError("expiresAt", BlockRules.EXPIRY_IN_PAST));
    }

    private static List<FieldError> check(NewInvitationRule rule, boolean replacing) {
        return InvitationRuleRules.check(rule, replacing, Set.of("default")::contains, Set.of(1L)::contains);
    }

    private static NewInvitationRule rule(String name, String site, Long groupId, String message, Integer cooldown, Long version) {
        return new NewInvitationRule(name, true, site, null, null, null, null, null, null, null, null, groupId, message, null, cooldown, version);
    }
}
