package dev.switchboard.server.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.push.PushSettings;
import dev.switchboard.shared.push.SegmentConditions;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who a segment holds, and whom the caps let a push reach: pure functions, no server. */
class SegmentMatcherTest {

    static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    static final Source FROM_BAIDU = new Source(Channel.SEARCH, "baidu", "空气净化器 价格", "www.baidu.com", null, null);

    @Test
    void everyConditionGivenMustHoldAndAnAbsentOneDoesNotCount() {
        VisitorSummary visitor = visitor("v1", "https://shop.example.cn/products/x2", FROM_BAIDU, "zh-CN", 3, "Gold", VisitorStatus.BROWSING);
        SegmentConditions everyone = conditions(null, null, null, null, null, null);

        assertThat(SegmentMatcher.matches(everyone, visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions("*/products/*", null, null, null, null, null), visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions("*/cart", null, null, null, null, null), visitor)).as("page").isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, Channel.SEARCH, null, null, null, null), visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions(null, Channel.SOCIAL, null, null, null, null), visitor)).as("source").isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, "净化器", null, null, null), visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions(null, null, "加湿器", null, null, null), visitor)).as("keyword").isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, "gold", null, null), visitor)).as("level, any case").isTrue();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, "VIP", null, null), visitor)).as("level").isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, true, null), visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, false, null), visitor)).as("returning").isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, null, "zh"), visitor)).isTrue();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, null, "en"), visitor)).as("language").isFalse();
        assertThat(SegmentMatcher.matches(new SegmentConditions("other", null, null, null, null, null, null), visitor)).as("site").isFalse();
    }

    @Test
    void aConditionOnSomethingTheVisitorLacksDoesNotHold() {
        VisitorSummary direct = visitor("v2", "https://shop.example.cn/", null, null, 1, null, VisitorStatus.BROWSING);

        assertThat(SegmentMatcher.matches(conditions(null, null, "净化器", null, null, null), direct)).isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, "VIP", null, null), direct)).isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, null, "zh"), direct)).isFalse();
        assertThat(SegmentMatcher.matches(conditions(null, null, null, null, false, null), direct)).as("a first visit").isTrue();
    }

    @Test
    void visitorsWhoAreChattingBlockedOrGoneGetNothing() {
        SegmentConditions everyone = conditions(null, null, null, null, null, null);

        assertThat(SegmentMatcher.matches(everyone, visitor("v", "https://shop.example.cn/", null, "en", 1, null, VisitorStatus.INVITED))).isTrue();
        assertThat(SegmentMatcher.matches(everyone, visitor("v", "https://shop.example.cn/", null, "en", 1, null, VisitorStatus.CHATTING))).isFalse();
        assertThat(SegmentMatcher.matches(everyone, visitor("v", "https://shop.example.cn/", null, "en", 1, null, VisitorStatus.LEFT))).isFalse();
        VisitorSummary blocked = new VisitorSummary("v", "default", "https://shop.example.cn/", "Shop", null, null, null, "en", null, NOW, NOW, 1,
                1, VisitorStatus.BROWSING, true, 1, null);
        assertThat(SegmentMatcher.matches(everyone, blocked)).isFalse();
    }

    @Test
    void theCapsCountWhatThePushItselfAdds() {
        List<String> matching = List.of("a", "b", "c", "d");

        assertThat(PushService.reachable(new PushSettings(2, 100), 0, Map.of("b", 2, "c", 1), matching))
                .as("b had its two today").containsExactly("a", "c", "d");
        assertThat(PushService.reachable(new PushSettings(2, 10), 8, Map.of(), matching))
                .as("two left of the day's ten").containsExactly("a", "b");
        assertThat(PushService.reachable(new PushSettings(0, 10), 0, Map.of(), matching)).as("no pushes per visitor").isEmpty();
    }

    private static SegmentConditions conditions(String url, Channel channel, String keyword, String level, Boolean returning, String language) {
        return new SegmentConditions("default", url, channel, keyword, level, returning, language);
    }

    private static VisitorSummary visitor(String id, String url, Source source, String language, int visits, String level, VisitorStatus status) {
        return new VisitorSummary(id, "default", url, "Shop", source, url, null, language, null, NOW, NOW, 1, visits, status, false, 1, level);
    }
}
