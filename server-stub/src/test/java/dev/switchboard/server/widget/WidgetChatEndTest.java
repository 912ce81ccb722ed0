package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.switchboard.shared.chat.ChatMessages;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The end of a chat in the widget: ended by the visitor (after confirming) or by the agent, the
 * satisfaction survey stored with the chat, and event lines worded in the page's language.
 */
class WidgetChatEndTest extends WidgetChatSupport {

    @Test
    void theVisitorEndsTheChatAfterConfirmingAndRatesIt() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            long id = desk.assigned().path("id").asLong();
            type(QUESTION);
            desk.hear(QUESTION);
            desk.say("适合的，A7 覆盖 60–90 ㎡");

            sb("end").click();
            assertThat(sb("end-confirm")).containsText("确定结束本次对话吗？");
            sb("end-no").click();
            assertThat(sb("end-confirm")).isHidden();
            Assertions.assertThat(count(sent, ChatMessages.END)).as("cancelled: nothing sent").isZero();

            sb("end").click();
            sb("end-yes").click();
            Assertions.assertThat(desk.next(ChatMessages.ENDED, p -> true).path("by").asText()).isEqualTo("visitor");
            assertThat(sb("event").last()).hasText("对话已结束");
            assertThat(sb("end")).isHidden();
            assertThat(sb("rating")).containsText("请为本次服务评分");
            assertThat(sb("rating-send")).isDisabled();
            snap("ended-survey-zh");

            sb("rating").locator("[data-star=\"4\"]").click();
            sb("rating-comment").fill("回复很快 <b>谢谢</b>");
            sb("rating-send").click();
            assertThat(sb("rating-thanks")).hasText("感谢您的评价！");
            assertThat(sb("rating")).isHidden();
            JsonNode rated = eventually("the rating stored with the chat", () -> api.get("/api/v1/conversations/" + id, alice).json(),
                    c -> c.has("rating"));
            Assertions.assertThat(rated.path("rating").asInt()).isEqualTo(4);
            Assertions.assertThat(rated.path("ratingComment").asText()).isEqualTo("回复很快 <b>谢谢</b>");
            String carol = api.token("carol", dev.switchboard.server.testing.TestBackend.PASSWORD);
            Assertions.assertThat(api.get("/api/v1/conversations/" + id, carol).json().path("ratingComment").asText())
                    .as("supervisors read it too").isEqualTo("回复很快 <b>谢谢</b>");

            page.reload();
            assertThat(sb("event").last()).hasText("对话已结束");
            assertThat(sb("rating")).isHidden(); // rated once
            assertThat(sb("end")).isHidden();
            Assertions.assertThat(count(sent, ChatMessages.RATE)).isEqualTo(1);
        }
    }

    @Test
    void theSurveyIsInViewWithoutScrollingWhenALongChatEnds() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();
            type(QUESTION);
            desk.hear(QUESTION);
            for (int i = 1; i <= 12; i++) {
                desk.say("第 " + i + " 条回复：A7 覆盖 60–90 ㎡，噪音 28 分贝起");
            }
            assertThat(sb("message")).hasCount(13);

            desk.end();
            assertThat(sb("event").last()).hasText("Alice 王丽 结束了对话");
            LocatorAssertions.IsInViewportOptions whole = new LocatorAssertions.IsInViewportOptions().setRatio(1);
            assertThat(sb("rating").locator(".stars")).isInViewport(whole);
            assertThat(sb("rating-send")).isInViewport(whole);
            snap("ended-long-chat-survey-zh");
        }
    }

    @Test
    void theAgentEndsTheChatOnAPhoneAndTheNextMessageStartsANewOne() {
        usePhone();
        try (Desk desk = desk()) {
            visit("/?lang=en");
            startChat("Emma");
            long first = desk.assigned().path("id").asLong();
            type("Is the A7 in stock?");
            desk.hear("Is the A7 in stock?");
            desk.say("Yes, it ships today.");
            assertThat(sb("end")).isVisible();
            snap("phone-chat-en");

            desk.end();
            assertThat(sb("event").last()).hasText("Alice 王丽 ended the chat");
            assertThat(sb("end")).isHidden();
            assertThat(sb("rating")).containsText("How did we do?");
            snap("phone-survey-en");
            sb("rating").locator("[data-star=\"5\"]").click();
            sb("rating-send").click();
            assertThat(sb("rating-thanks")).hasText("Thank you for your feedback!");
            Assertions.assertThat(eventually("the rating", () -> api.get("/api/v1/conversations/" + first, alice).json(), c -> c.has("rating"))
                    .path("rating").asInt()).isEqualTo(5);

            type("One more question: the filter?");
            JsonNode second = desk.assigned();
            Assertions.assertThat(second.path("id").asLong()).isGreaterThan(first);
            desk.hear("One more question: the filter?");
            assertThat(sb("history").locator(".bub")).hasText(new String[] {"Is the A7 in stock?", "Yes, it ships today."});
            assertThat(sb("message").locator(".bub").last()).hasText("One more question: the filter?");
            assertThat(sb("rating-thanks")).isHidden();
            assertThat(sb("end")).isVisible();
            snap("phone-second-chat-en");
        }
    }

    @Test
    void eventLinesAreWordedInThePagesLanguage() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();
            assertThat(sb("event")).hasText("Alice 王丽 加入了对话");
            try (Desk bob = desk("bob")) {
                long bobId = api.get("/api/v1/auth/me", bob.token).json().path("id").asLong();
                desk.socket.send(ChatMessages.ASSIST, new ChatMessages.Assist(desk.conversation, bobId));
                bob.assigned();
                assertThat(sb("event").nth(1)).hasText("Bob 张伟 加入对话协助");
                desk.socket.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(desk.conversation, bobId, null, "老客户，已查订单"));
                assertThat(sb("event").nth(2)).hasText("对话已转接给 Bob 张伟");
                assertThat(sb("window").locator("h2")).hasText("Bob 张伟");
                bob.end();
                assertThat(sb("event")).hasText(new String[] {"Alice 王丽 加入了对话", "Bob 张伟 加入对话协助", "对话已转接给 Bob 张伟",
                    "Bob 张伟 结束了对话"});
                assertThat(sb("window")).not().containsText("老客户");
                snap("events-zh");
            }
        }
    }
}
