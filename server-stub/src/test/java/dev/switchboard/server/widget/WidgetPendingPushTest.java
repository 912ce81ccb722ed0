package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.push.PushWidgetMessages;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A push outlives the page it was sent to (ADR 0016): a window ad stays pending for its visitor
 * until they close it or follow its link, a message until it has been shown, each for 30 minutes
 * at most; every page opened meanwhile shows it, and the counts count each visitor once.
 * A page asks for what is pending before it asks whether anyone can answer, and shows its launcher
 * only after that answer: once the launcher is up, a pending push has arrived or there is none.
 */
class WidgetPendingPushTest extends WidgetTestSupport {

    final String carol = backend.token("carol");

    @Test
    void anAdTheVisitorDidNotSeeShowsOnTheNextPageAndClosingItEndsIt() {
        visit("/");
        launcher().click();
        long id = push("CARD", "会员日", "全场 95 折", null);
        awaitFrame(received, PushWidgetMessages.PUSH, p -> p.path("pushId").asLong() == id);
        assertThat(sb("push")).hasCount(0); // the window is open: the ad waits

        visit("/pricing.html"); // the window follows the visitor, open
        sb("close").click();
        assertThat(sb("push")).containsText("会员日");
        eventually("shown on the second page", () -> counts(id), c -> c.path("shown").asInt() == 1);
        sb("push-close").click();
        eventually("the dismissal counted", () -> counts(id), c -> c.path("dismissed").asInt() == 1);

        visit("/products/a3.html");
        assertThat(sb("push")).hasCount(0);
    }

    @Test
    void anAdShownAndLeftOpenComesAgainOnEachPageCountedOnceUntilItsLinkIsFollowed() {
        visit("/");
        String link = site.url("/products/a1.html?from=push");
        long id = push("CARD", "双十一特惠", "X2 净化器直降 300 元", link);
        assertThat(sb("push")).containsText("双十一特惠");
        awaitFrame(sent, PushWidgetMessages.SHOWN, p -> p.path("pushId").asLong() == id);

        visit("/pricing.html");
        assertThat(sb("push")).containsText("双十一特惠");
        page.waitForCondition(() -> sent.stream().filter(f -> f.path("type").asText().equals(PushWidgetMessages.SHOWN)).count() == 2,
                new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(WAIT.toMillis()));
        page.context().waitForPage(() -> sb("push-link").click());
        JsonNode counts = eventually("the click counted", () -> counts(id), c -> c.path("clicked").asInt() == 1);
        Assertions.assertThat(counts.path("sent").asInt()).isEqualTo(1);
        Assertions.assertThat(counts.path("shown").asInt()).as("two pages reported it; one visitor saw it").isEqualTo(1);

        visit("/products/a3.html");
        assertThat(sb("push")).hasCount(0);
    }

    @Test
    void aMessageIsShownOnceAndItsLineStaysInTheChatLog() {
        visit("/");
        long id = push("MESSAGE", null, "有问题随时问我", null);
        assertThat(sb("push")).isVisible();
        awaitFrame(sent, PushWidgetMessages.SHOWN, p -> p.path("pushId").asLong() == id);

        visit("/pricing.html");
        assertThat(sb("push")).hasCount(0);
        launcher().click();
        assertThat(sb("message").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("有问题随时问我"))).hasCount(1);
    }

    @Test
    void anAdPastItsLifetimeIsNotShownAnyMore() {
        visit("/");
        launcher().click();
        long id = push("CARD", "限时抢购", "今天下单立减 50 元", null);
        awaitFrame(received, PushWidgetMessages.PUSH, p -> p.path("pushId").asLong() == id);

        backend.clock().advance(Duration.ofMinutes(31));
        visit("/pricing.html");
        sb("close").click();
        assertThat(sb("push")).hasCount(0);
        Assertions.assertThat(counts(id).path("shown").asInt()).isZero();
    }

    private long push(String kind, String title, String text, String linkUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("conditions", Map.of("site", "default"));
        body.put("kind", kind);
        body.put("title", title);
        body.put("text", text);
        body.put("linkUrl", linkUrl);
        ApiResponse sentPush = api.post("/api/v1/push/messages", carol, body);
        Assertions.assertThat(sentPush.status()).as(sentPush.body()).isEqualTo(201);
        Assertions.assertThat(sentPush.json().path("counts").path("sent").asInt()).as("this browser is online").isEqualTo(1);
        return sentPush.json().path("id").asLong();
    }

    private JsonNode counts(long id) {
        return api.get("/api/v1/push/messages/" + id, carol).json().path("counts");
    }
}
