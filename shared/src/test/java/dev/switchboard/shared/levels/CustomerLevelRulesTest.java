package dev.switchboard.shared.levels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class CustomerLevelRulesTest {

    @Test
    void aNamedLevelWithAPriorityFrom0To100IsValid() {
        assertThat(CustomerLevelRules.check(new NewCustomerLevel("金卡 Gold", null, 0, null, null, null), false)).isEmpty();
        assertThat(CustomerLevelRules.check(new NewCustomerLevel("VIP", "Served first", 100, "#C9A227", 3, 2L), true)).isEmpty();
    }

    @Test
    void eachWrongFieldIsNamedWithItsMessage() {
        assertThat(CustomerLevelRules.check(new NewCustomerLevel(" ", "a\u0000b", 101, "gold", -1, null), true)).containsExactly(
                new FieldError("name", CustomerLevelRules.NAME_MESSAGE),
                new FieldError("description", CustomerLevelRules.DESCRIPTION_MESSAGE),
                new FieldError("queuePriority", CustomerLevelRules.PRIORITY_MESSAGE),
                new FieldError("color", CustomerLevelRules.COLOR_MESSAGE),
                new FieldError("position", CustomerLevelRules.POSITION_MESSAGE),
                new FieldError("version", CustomerLevelRules.VERSION_REQUIRED));
        assertThat(CustomerLevelRules.check(new NewCustomerLevel("V".repeat(33), null, null, null, null, null), false))
                .extracting(FieldError::field).containsExactly("name", "queuePriority");
    }

    @Test
    void namesCompareIgnoringCaseAndBlanksAndLevelsAreStoredTidy() {
        assertThat(CustomerLevelRules.key(" VIP ")).isEqualTo(CustomerLevelRules.key("vip"));
        assertThat(CustomerLevelRules.normalize(new NewCustomerLevel(" Gold ", "  ", 5, " #B8860B ", null, 1L)))
                .isEqualTo(new NewCustomerLevel("Gold", null, 5, "#b8860b", null, 1L));
    }
}
