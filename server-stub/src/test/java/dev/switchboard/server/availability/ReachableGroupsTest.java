package dev.switchboard.server.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.shared.visitors.AvailabilityMessages.Reason;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which groups a visitor's chat can reach, and what the widget is told of them: pure functions. */
class ReachableGroupsTest {

    static final long FALLBACK = 1;
    static final List<RoutingRule> RULES = List.of(
            rule(1, "售前咨询", 1), rule(2, "售后维修", 2), rule(3, "订单", 2));

    @Test
    void everyAnswerOfTheQuestionUntilOneIsPicked() {
        PrechatForm form = form(true);
        assertThat(reachable(form, null)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(reachable(form, "售后维修")).containsExactly(2L);
        assertThat(reachable(form, "not an option")).as("a made-up answer is no answer").containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void anOptionalQuestionMayBeLeftOutAndNoQuestionGoesByTheOtherRules() {
        assertThat(reachable(form(false), null)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(reachable(new PrechatForm(List.of(new PrechatField("question", PrechatField.FieldType.QUESTION_TYPE, "Q", null, false,
                List.of("其他"), null))), null)).as("no rule for 其他, nor for no answer: the fallback group").containsExactly(FALLBACK);
        assertThat(reachable(PrechatForm.NONE, null)).containsExactly(FALLBACK);
    }

    @Test
    void availableWhenSomeGroupIsStaffedAndOpenClosedOnlyWhenAllAreClosed() {
        Set<Long> both = Set.of(1L, 2L);
        assertThat(WidgetAvailability.decide(both, g -> g == 2, g -> true, null).available()).isTrue();
        assertThat(WidgetAvailability.decide(both, g -> g == 2, g -> g == 1, "q").reason()).isEqualTo(Reason.NOBODY_ONLINE);
        assertThat(WidgetAvailability.decide(both, g -> true, g -> false, null).reason()).isEqualTo(Reason.CLOSED);
        assertThat(WidgetAvailability.decide(Set.of(), g -> true, g -> true, null).available()).isFalse();
    }

    private static Set<Long> reachable(PrechatForm form, String question) {
        return WidgetAvailability.reachable(form, question, "v1", Optional.empty(), RULES, FALLBACK);
    }

    private static PrechatForm form(boolean required) {
        return new PrechatForm(List.of(new PrechatField("question", PrechatField.FieldType.QUESTION_TYPE, "Question", null, required,
                List.of("售前咨询", "售后维修", "订单"), null)));
    }

    private static RoutingRule rule(long id, String question, long group) {
        return new RoutingRule(id, (int) id, question, true, null, null, null, null, null, question, null, null, group);
    }
}
