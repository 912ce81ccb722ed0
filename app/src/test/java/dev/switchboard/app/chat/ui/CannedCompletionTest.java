package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CannedCompletionTest {

    @Test
    void aShortcutIsASlashAtTheStartOrAfterASpaceUpToTheCaret() {
        assertThat(CannedCompletion.at("/ref", 4)).contains(new CannedCompletion(0, 4, "ref", true));
        assertThat(CannedCompletion.at("Hi /re and more", 6)).contains(new CannedCompletion(3, 6, "re", true));
        assertThat(CannedCompletion.at("Hi /", 4)).contains(new CannedCompletion(3, 4, "", true));
        assertThat(CannedCompletion.at("and/or", 6)).as("not inside a word").isEmpty();
        assertThat(CannedCompletion.at("see http://x.cn/path", 20)).isEmpty();
        assertThat(CannedCompletion.at("/ref ", 5)).as("the caret is past it").isEmpty();
        assertThat(CannedCompletion.at("", 0)).isEmpty();
    }

    @Test
    void completingReplacesOnlyTheShortcutAndPutsTheCaretAfterTheReply() {
        CannedCompletion typed = CannedCompletion.at("Hi /re and more", 6).orElseThrow();

        assertThat(typed.apply("Hi /re and more", "Refunds take 7 days.")).isEqualTo("Hi Refunds take 7 days. and more");
        assertThat(typed.caretAfter("Refunds take 7 days.")).isEqualTo(23);
    }

    @Test
    void aWordIsWhatEndsAtTheCaretBackToASpaceOrAPunctuationMark() {
        assertThat(CannedCompletion.word("退款", 2)).contains(new CannedCompletion(0, 2, "退款", false));
        assertThat(CannedCompletion.word("您好，退款", 5)).contains(new CannedCompletion(3, 5, "退款", false));
        assertThat(CannedCompletion.word("about refund", 12)).contains(new CannedCompletion(6, 12, "refund", false));
        assertThat(CannedCompletion.word("refund policy", 3)).as("the caret inside a word").isEmpty();
        assertThat(CannedCompletion.word("/ref", 4)).as("a shortcut is not a word").isEmpty();
        assertThat(CannedCompletion.word("hello ", 6)).isEmpty();
        assertThat(CannedCompletion.word("x".repeat(31), 31)).as("a sentence is not searched for").isEmpty();
    }

    @Test
    void aChineseWordOffersItsEndingsLongestFirst() {
        CannedCompletion typed = CannedCompletion.word("您好关于退款", 6).orElseThrow();

        assertThat(typed.tails()).extracting(CannedCompletion::typed)
                .containsExactly("您好关于退款", "好关于退款", "关于退款", "于退款", "退款");
        assertThat(typed.tails().get(4).apply("您好关于退款", "退款会原路退回。")).isEqualTo("您好关于退款会原路退回。");
        assertThat(CannedCompletion.word("refund", 6).orElseThrow().tails()).hasSize(1);
    }
}
