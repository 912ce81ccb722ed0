package dev.switchboard.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingReasonCode;
import dev.switchboard.shared.routing.RoutingStep;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Routing reasons and steps in the reader's language, from the codes the server sends (ADR 0013). */
class RoutingWordsTest {

    static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");
    final RoutingWords chinese = new RoutingWords(new I18n(Locale.SIMPLIFIED_CHINESE));
    final RoutingWords english = new RoutingWords(new I18n(Locale.ENGLISH));

    @Test
    void reasonsWithCodesAreSaidInTheReadersLanguage() {
        RoutingReasons.Candidate chosen = new RoutingReasons.Candidate(7, "Alice 王丽", true, RoutingReason.of(RoutingReasonCode.LEAST_LOADED,
                "load", "1", "capacity", "5", "kinds", "chats", "today", "3"));
        RoutingReasons.Candidate away = new RoutingReasons.Candidate(8, "Bob 张伟", false, RoutingReason.of(RoutingReasonCode.STATUS, "status", "AWAY"));
        RoutingReasons.Candidate full = new RoutingReasons.Candidate(9, "Carol 陈静", false, RoutingReason.of(RoutingReasonCode.AT_LIMIT,
                "kind", "chat", "load", "5", "capacity", "5"));

        assertThat(chinese.reason(chosen)).isEqualTo("负载最少（1/5 个会话，今日 3 个）");
        assertThat(chinese.reason(away)).isEqualTo("状态：离开");
        assertThat(chinese.reason(full)).isEqualTo("已达会话上限（5/5）");
        assertThat(english.reason(chosen)).isEqualTo("least loaded (1/5 chats, 3 today)");
    }

    @Test
    void reasonsStoredBeforeCodesStayAsTheyWereWritten() {
        assertThat(chinese.reason(new RoutingReasons.Candidate(7, "Alice", true, "least loaded (1/5 chats, 3 today)")))
                .isEqualTo("least loaded (1/5 chats, 3 today)");
    }

    @Test
    void theLatestStepThatBroughtTheChatToTheReaderIsTheirsToRead() {
        RoutingStep routed = new RoutingStep(AT, RoutingStepType.ROUTED, 7L, "Alice 王丽", null, null, null, null, 1L, "售前 Pre-sales", null);
        RoutingStep transferred = new RoutingStep(AT.plusSeconds(60), RoutingStepType.TRANSFERRED, 8L, "Bob 张伟", 7L, "Alice 王丽", 7L,
                "Alice 王丽", null, null, "订单 1042");
        RoutingReasons reasons = new RoutingReasons(null, "fallback", 1, RoutingStrategy.LEAST_LOAD, 7L, List.of(), List.of(routed, transferred));

        assertThat(RoutingWords.latestFor(reasons, 8)).contains(transferred);
        assertThat(RoutingWords.latestFor(reasons, 7)).contains(routed);
        assertThat(chinese.step(transferred, 8)).isEqualTo("Alice 王丽 将会话从 Alice 王丽 转给你 · “订单 1042”");
        assertThat(english.step(routed, 8)).isEqualTo("The routing rules gave it to Alice 王丽 (售前 Pre-sales)");
    }
}
