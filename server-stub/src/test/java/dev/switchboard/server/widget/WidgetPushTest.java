package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.push.PushWidgetMessages;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Messages and window ads as the visitor sees them: a small card that never takes over the page, counted as used. */
class WidgetPushTest extends WidgetTestSupport {

    final String carol = backend.token("carol");

    @Test
    void aWindowAdShowsAsACardWithItsLinkAsTextAndAClickIsCounted() {
        visit("/products/a3.html");
        page.locator("#host-input").focus();
        String link = site.url("/products/a1.html?from=push");
        long id = push("CARD", "双十一特惠 <b>今天</b>", "X2 净化器直降 300 元\n<img src=x onerror=\"window.__pwned = 1\">",
                site.url("/no-such-picture.png"), link);

        assertThat(sb("push")).isVisible();
        assertThat(sb("push")).containsText("双十一特惠 <b>今天</b>");
        assertThat(sb("push-text")).hasText("X2 净化器直降 300 元\n<img src=x onerror=\"window.__pwned = 1\">");
        assertThat(sb("push-link")).hasText(link);
        assertThat(sb("push-link")).hasAttribute("href", link);
        // it does not take over the page: the window stays closed and the visitor keeps typing where they were
        assertThat(sb("window")).isHidden();
        assertThat(page.locator("#host-input")).isFocused();
        awaitFrame(sent, PushWidgetMessages.SHOWN, p -> p.path("pushId").asLong() == id);
        // the picture that does not load goes, and nothing of the text ran
        assertThat(sb("push").locator("img")).hasCount(0);
        Assertions.assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);

        page.context().waitForPage(() -> sb("push-link").click());
        awaitFrame(sent, PushWidgetMessages.CLICKED, p -> p.path("pushId").asLong() == id);
        JsonNode counts = eventually("the click counted", () -> counts(id), c -> c.path("clicked").asInt() == 1);
        Assertions.assertThat(counts.path("sent").asInt()).isEqualTo(1);
        Assertions.assertThat(counts.path("shown").asInt()).isEqualTo(1);
    }

    @Test
    void aMessageIsAnAgentsLineThatStartsNoChatUntilTheVisitorAnswers() {
        visit("/");
        long id = push("MESSAGE", null, "您好！新品净化器今天有优惠，需要帮您介绍吗？", null, null);

        assertThat(sb("push")).isVisible();
        assertThat(sb("push-text")).hasText("您好！新品净化器今天有优惠，需要帮您介绍吗？");
        assertThat(sb("window")).isHidden();
        sb("push-close").click();
        assertThat(sb("push")).hasCount(0);
        eventually("the dismissal counted", () -> counts(id), c -> c.path("dismissed").asInt() == 1);

        launcher().click();
        assertThat(sb("window")).isVisible();
        assertThat(sb("message").first()).hasAttribute("data-from", "agent");
        assertThat(sb("message").first()).containsText("您好！新品净化器今天有优惠");
        Assertions.assertThat(count(sent, "chat.start")).as("no chat until the visitor answers").isZero();
    }

    @Test
    void aWindowAdWaitsWhileTheChatWindowIsOpen() {
        visit("/");
        launcher().click();
        assertThat(sb("window")).isVisible();
        long ad = push("CARD", "会员日", "全场 95 折", null, null);
        long message = push("MESSAGE", null, "有问题随时问我", null, null);
        // pushes apply in order: once the message's line shows and its report went, the ad was handled, and it waits
        assertThat(sb("message").last()).containsText("有问题随时问我");
        awaitFrame(sent, PushWidgetMessages.SHOWN, p -> p.path("pushId").asLong() == message);
        assertThat(sb("push")).hasCount(0);
        Assertions.assertThat(count(sent, PushWidgetMessages.SHOWN)).as("only the message was shown, in the log").isEqualTo(1);

        sb("close").click();
        assertThat(sb("push")).isVisible();
        assertThat(sb("push")).containsText("会员日");
        awaitFrame(sent, PushWidgetMessages.SHOWN, p -> p.path("pushId").asLong() == ad);
    }

    private long push(String kind, String title, String text, String imageUrl, String linkUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("conditions", Map.of("site", "default"));
        body.put("kind", kind);
        body.put("title", title);
        body.put("text", text);
        body.put("imageUrl", imageUrl);
        body.put("linkUrl", linkUrl);
        ApiResponse sent = api.post("/api/v1/push/messages", carol, body);
        Assertions.assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        Assertions.assertThat(sent.json().path("counts").path("sent").asInt()).as("this browser is online").isEqualTo(1);
        return sent.json().path("id").asLong();
    }

    private JsonNode counts(long id) {
        return api.get("/api/v1/push/messages/" + id, carol).json().path("counts");
    }
}
