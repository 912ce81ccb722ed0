package dev.switchboard.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.chat.CannedReply;
import java.util.List;
import org.junit.jupiter.api.Test;

class CannedSearchTest {

    static final CannedReply GREETING = reply(1, null, "greet", "问候 Greeting", "您好，我是{agent.name}，很高兴为您服务！", 1);
    static final CannedReply REFUND = reply(2, 10L, "tuikuan", "退款说明 Refunds", "退款会在 3–7 个工作日内原路退回。", 1);
    static final CannedReply DELIVERY = reply(3, 10L, "wuliu", "物流查询", "请提供订单号，我帮您查询物流和退款进度。", 2);
    static final CannedReply POLICY = reply(4, null, "refund-policy", "Refund policy", "Refunds take 7 days.", 2);
    static final List<CannedReply> ALL = List.of(GREETING, POLICY, REFUND, DELIVERY);

    @Test
    void afterASlashTheShortcutComesFirstThenTheTitleItsInitialsAndTheText() {
        assertThat(CannedSearch.afterSlash(ALL, "tuikuan")).containsExactly(REFUND);
        assertThat(CannedSearch.afterSlash(ALL, "ref")).as("a shortcut's start before a title").containsExactly(POLICY, REFUND);
        assertThat(CannedSearch.afterSlash(ALL, "tk")).as("pinyin initials of 退款说明").containsExactly(REFUND);
        assertThat(CannedSearch.afterSlash(ALL, "wlcx")).containsExactly(DELIVERY);
        assertThat(CannedSearch.afterSlash(ALL, "退款")).as("the title before the text").containsExactly(REFUND, DELIVERY);
        assertThat(CannedSearch.afterSlash(ALL, "")).as("right after the slash: all, in order").containsExactlyElementsOf(ALL);
    }

    @Test
    void asTheAgentTypesTitleAndTextCountButNotShortWordsOrInitials() {
        assertThat(CannedSearch.asYouType(ALL, "退款")).containsExactly(REFUND, DELIVERY);
        assertThat(CannedSearch.asYouType(ALL, "原路退回")).containsExactly(REFUND);
        assertThat(CannedSearch.asYouType(ALL, "退")).as("one Chinese character says too little").isEmpty();
        assertThat(CannedSearch.asYouType(ALL, "tk")).as("no initials without the slash").isEmpty();
        assertThat(CannedSearch.asYouType(ALL, "ref")).as("three letters say too little").isEmpty();
        assertThat(CannedSearch.asYouType(ALL, "REFUNDS")).containsExactly(REFUND, POLICY);
    }

    @Test
    void initialsAreOnePerChineseCharacterAndOnePerWord() {
        assertThat(PinyinInitials.of("退款说明 Refunds")).isEqualTo("tksmr");
        assertThat(PinyinInitials.of("您好，欢迎光临！")).isEqualTo("nhhygl");
        assertThat(PinyinInitials.of("Refund policy 7 days")).isEqualTo("rp7d");
        assertThat(PinyinInitials.of("售后 After-sales")).isEqualTo("shas");
    }

    private static CannedReply reply(long id, Long groupId, String shortcut, String title, String body, int position) {
        return new CannedReply(id, groupId == null ? 7L : null, groupId, shortcut, title, body, null, position, 1);
    }
}
