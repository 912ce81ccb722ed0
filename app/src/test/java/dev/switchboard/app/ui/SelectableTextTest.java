package dev.switchboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectableTextTest {

    @Test
    void aDoubleClickTakesAWholeCodeButNotThePunctuationAroundIt() {
        String message = "我的订单 A-20261102-1042. 还没有发货 (ref #77/b)";
        assertThat(code(message, message.indexOf("2026"))).isEqualTo("A-20261102-1042");
        assertThat(code(message, message.indexOf("A-"))).isEqualTo("A-20261102-1042");
        assertThat(code(message, message.indexOf("77"))).isEqualTo("77/b");
        assertThat(SelectableText.codeAround(message, message.indexOf("订"))).as("Chinese goes by word breaks").isNull();
        assertThat(SelectableText.codeAround(message, message.indexOf(" "))).isNull();
    }

    private static String code(String text, int at) {
        int[] range = SelectableText.codeAround(text, at);
        return text.substring(range[0], range[1]);
    }
}
