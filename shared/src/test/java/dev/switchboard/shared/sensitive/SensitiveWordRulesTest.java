package dev.switchboard.shared.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the backend and the workstation share for sensitive words: a pasted list read as words, duplicates as the matcher sees them. */
class SensitiveWordRulesTest {

    @Test
    void aPastedListIsOneStrippedWordPerLineWithoutBlankLines() {
        assertThat(SensitiveWordRules.lines(" 退款 \r\n\n  \nscam\n加我微信")).containsExactly("退款", "scam", "加我微信");
        assertThat(SensitiveWordRules.lines(null)).isEmpty();
    }

    @Test
    void duplicatesAreWordsTheMatcherCannotTellApart() {
        SensitiveWordRules.Sorted sorted = SensitiveWordRules.sort(List.of("ＳＣＡＭ", "退款", " Refund ", "refund"), List.of("scam"));
        assertThat(sorted.fresh()).containsExactly("退款", "Refund");
        assertThat(sorted.duplicates()).containsExactly("ＳＣＡＭ", "refund");
    }

    @Test
    void blankOrTooLongWordsAreNamedByTheirPlace() {
        assertThat(SensitiveWordRules.check(new NewSensitiveWords(List.of("ok", " ", "长".repeat(51), "长".repeat(50)))))
                .containsExactly(new FieldError("words[1]", SensitiveWordRules.WORD_MESSAGE), new FieldError("words[2]", SensitiveWordRules.WORD_MESSAGE));
        assertThat(SensitiveWordRules.check(new NewSensitiveWords(List.of()))).containsExactly(new FieldError("words", SensitiveWordRules.NONE_GIVEN));
        assertThat(SensitiveWordRules.check(new SensitiveWordEdit("x", null))).containsExactly(new FieldError("version", SensitiveWordRules.VERSION_REQUIRED));
    }
}
