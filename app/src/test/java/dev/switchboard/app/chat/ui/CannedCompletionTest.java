package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CannedCompletionTest {

    @Test
    void aShortcutIsASlashAtTheStartOrAfterASpaceUpToTheCaret() {
        assertThat(CannedCompletion.at("/ref", 4)).contains(new CannedCompletion(0, 4, "ref"));
        assertThat(CannedCompletion.at("Hi /re and more", 6)).contains(new CannedCompletion(3, 6, "re"));
        assertThat(CannedCompletion.at("Hi /", 4)).contains(new CannedCompletion(3, 4, ""));
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
}
