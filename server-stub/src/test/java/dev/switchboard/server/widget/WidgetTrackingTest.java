package dev.switchboard.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the widget tells the backend about a visitor: pages, source, identity, presence. */
class WidgetTrackingTest extends WidgetTestSupport {

    static final String BAIDU = "https://www.baidu.com/s?wd=%E7%A9%BA%E6%B0%94%E5%87%80%E5%8C%96%E5%99%A8";

    @Test
    void pageViewsReachTheAgentsVisitorList() {
        visit("/products/a3.html");
        JsonNode hello = awaitFrame(sent, WidgetMessages.HELLO);
        assertThat(hello.path("site").asText()).isEqualTo("default");
        assertThat(hello.path("visitorId").isNull()).as("a first visit has no identity yet").isTrue();
        assertThat(hello.path("page").path("url").asText()).isEqualTo(site.url("/products/a3.html"));
        assertThat(hello.path("page").path("language").asText()).isEqualTo("zh-CN");
        assertThat(hello.path("page").path("screen").asText()).matches("\\d+x\\d+");
        String id = visitorId();

        JsonNode visitor = awaitVisitor(id, v -> v.path("currentUrl").asText().equals(site.url("/products/a3.html")));
        assertThat(visitor.path("currentTitle").asText()).isEqualTo("Aurora A3 家用净化器");
        assertThat(visitor.path("source").path("channel").asText()).isEqualTo("DIRECT");
        assertThat(visitor.path("device").path("type").asText()).isEqualTo("desktop");

        page.locator("#next").click();
        launcher().waitFor();
        visitor = awaitVisitor(id, v -> v.path("currentUrl").asText().equals(site.url("/pricing.html")));
        assertThat(visitor.path("currentTitle").asText()).isEqualTo("价格与套餐 Pricing");
        assertThat(visitor.path("pagesViewed").asInt()).isEqualTo(2);
        assertThat(visitorDetail(id).path("trail").findValuesAsText("url"))
                .containsExactly(site.url("/products/a3.html"), site.url("/pricing.html"));
    }

    @Test
    void aSinglePageSiteReportsEveryRouteChange() {
        visit("/products/a3.html");
        String id = visitorId();
        awaitVisitor(id, v -> v.path("pagesViewed").asInt() == 1);

        page.evaluate("() => { history.pushState({}, '', '/spa/checkout'); document.title = 'Checkout 结算'; }");
        JsonNode moved = awaitVisitor(id, v -> v.path("currentUrl").asText().equals(site.url("/spa/checkout")));
        assertThat(moved.path("currentTitle").asText()).isEqualTo("Checkout 结算");
        assertThat(moved.path("pagesViewed").asInt()).isEqualTo(2);

        page.goBack();
        awaitVisitor(id, v -> v.path("currentUrl").asText().equals(site.url("/products/a3.html")) && v.path("pagesViewed").asInt() == 3);
        assertThat(visitorDetail(id).path("trail").findValuesAsText("url"))
                .containsExactly(site.url("/products/a3.html"), site.url("/spa/checkout"), site.url("/products/a3.html"));
    }

    @Test
    void aVisitorFromBaiduIsASearchWithItsKeyword() {
        page.navigate(site.url("/products/a3.html"), new Page.NavigateOptions().setReferer(BAIDU));
        launcher().waitFor();
        assertThat(awaitFrame(sent, WidgetMessages.HELLO).path("page").path("referrer").asText()).isEqualTo(BAIDU);

        JsonNode source = awaitVisitor(visitorId(), v -> v.path("source").has("channel")).path("source");
        assertThat(source.path("channel").asText()).isEqualTo("SEARCH");
        assertThat(source.path("engine").asText()).isEqualTo("baidu");
        assertThat(source.path("keyword").asText()).isEqualTo("空气净化器");
    }

    @Test
    void theIdentitySurvivesReloadsAndALaterVisitIsReturning() {
        visit("/");
        JsonNode first = awaitFrame(received, WidgetMessages.WELCOME);
        String id = first.path("visitorId").asText();
        assertThat(first.path("returning").asBoolean()).isFalse();
        JsonNode stored = json(String.valueOf(page.evaluate("() => localStorage.getItem('switchboard:default')")));
        assertThat(stored.path("visitorId").asText()).isEqualTo(id);
        assertThat(stored.path("token").asText()).isEqualTo(first.path("token").asText());

        page.reload();
        launcher().waitFor();
        JsonNode hello = awaitFrame(sent, WidgetMessages.HELLO, h -> !h.path("visitorId").isNull());
        assertThat(hello.path("visitorId").asText()).isEqualTo(id);
        assertThat(hello.path("token").asText()).isEqualTo(first.path("token").asText());
        assertThat(awaitVisitor(id, v -> v.path("pagesViewed").asInt() == 2).path("visitCount").asInt())
                .as("a reload is another page of the same visit").isEqualTo(1);

        leaveForHalfAnHour(id);
        visit("/");
        JsonNode later = awaitFrame(received, WidgetMessages.WELCOME, w -> w.path("returning").asBoolean());
        assertThat(later.path("visitorId").asText()).isEqualTo(id);
        assertThat(awaitVisitor(id, v -> v.path("visitCount").asInt() == 2).path("pagesViewed").asInt()).isEqualTo(1);
    }

    @Test
    void theIdentityFallsBackToACookieWhenStorageIsBlocked() {
        // As in Safari's private mode or with storage blocked by the user: every access throws.
        context.addInitScript("Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });");
        visit("/");
        String id = visitorId();
        assertThat(String.valueOf(page.evaluate("() => document.cookie"))).contains("sb_default=");

        leaveForHalfAnHour(id);
        visit("/");
        JsonNode again = awaitFrame(received, WidgetMessages.WELCOME, w -> w.path("returning").asBoolean());
        assertThat(again.path("visitorId").asText()).isEqualTo(id);
    }

    /** The visitor closes the shop's last page and comes back more than 30 minutes later: a new visit. */
    private void leaveForHalfAnHour(String id) {
        page.navigate("about:blank");
        awaitVisitor(id, v -> v.path("status").asText().equals("LEFT"));
        backend.clock().advance(Duration.ofMinutes(31));
    }

    @Test
    void heartbeatsKeepTheVisitorAndTheTimeOnThePageIsReported() {
        page.clock().install();
        visit("/products/a3.html");
        String id = visitorId();
        assertThat(count(sent, WidgetMessages.HEARTBEAT)).isZero();

        page.clock().runFor(20_000);
        assertThat(awaitFrame(sent, WidgetMessages.HEARTBEAT).path("visible").asBoolean()).isTrue();
        page.clock().runFor(45_000);

        page.locator("#next").click();
        launcher().waitFor();
        awaitVisitor(id, v -> v.path("pagesViewed").asInt() == 2);
        JsonNode firstPage = visitorDetail(id).path("trail").get(0);
        assertThat(firstPage.path("url").asText()).isEqualTo(site.url("/products/a3.html"));
        // 65 s of page time moved by the test, plus the real seconds the test itself took.
        assertThat(firstPage.path("seconds").asLong()).as("time on page from the widget's leave").isBetween(64L, 95L);
    }

    @Test
    void theWidgetReconnectsByItselfAfterTheBackendRestarts() {
        page.clock().install();
        visit("/");
        String id = visitorId();
        int before = sockets.size();

        backend.restart();
        // Move the page's time on until the backoff timer has reconnected (1 s, doubling, to 30 s).
        Polling.await("reconnected within " + WAIT).atMost(WAIT).pollInterval(Duration.ZERO).until(() -> {
            page.clock().runFor(1_000);
            return count(received, WidgetMessages.WELCOME) >= 2;
        });
        assertThat(sockets.size()).isGreaterThan(before);
        JsonNode hello = sent.stream().filter(f -> f.path("type").asText().equals(WidgetMessages.HELLO)).reduce((a, b) -> b)
                .orElseThrow().path("payload");
        assertThat(hello.path("visitorId").asText()).isEqualTo(id);
        awaitVisitor(id, v -> !v.path("status").asText().equals("LEFT"));
        assertThat(launcher().isVisible()).isTrue();
    }
}
