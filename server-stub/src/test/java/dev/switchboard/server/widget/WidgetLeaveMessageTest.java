package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.chat.ChatMessages;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Leave a message: when nobody of the group a chat is routed to is online, the widget offers to
 * leave a message (the backend's {@code leaveMessage}) instead of a queue place that never moves,
 * even while agents of other groups are in; what the visitor leaves reaches the group's agents.
 */
class WidgetLeaveMessageTest extends WidgetChatSupport {

    static final String LEFT = "空气净化器的滤网多久换一次？请回电 13800000000";

    @Test
    void nobodyOfTheRoutedGroupOnlineOffersToLeaveAMessageThatReachesItsAgents() {
        // Bob (After-sales) is in, so the site has an agent online; the chat goes to Pre-sales, where nobody is.
        try (Desk bob = desk("bob")) {
            visit("/");
            assertThat(sb("window").locator(".sub")).isHidden(); // window closed so far
            startChat("王女士");
            awaitFrame(received, ChatMessages.STATUS, p -> p.path("leaveMessage").asBoolean());

            assertThat(sb("status")).hasText("暂时没有客服可以接待。请直接写下您的问题和联系方式，我们会尽快回复您。");
            assertThat(sb("status")).hasAttribute("data-leave", "offered");
            assertThat(sb("window").locator(".sub")).hasText("暂时无人在线，请留言，我们会尽快回复");
            assertThat(sb("input")).hasAttribute("placeholder", "请写下您的问题，我们会尽快联系您…");
            snap("leave-message-offered-zh");

            type(LEFT);
            assertThat(sb("status")).hasAttribute("data-leave", "left");
            assertThat(sb("status")).hasText("您的留言已收到，我们会尽快回复。回复会显示在这里，您也可以先离开本页面。");
            page.reload();
            assertThat(sb("status")).hasAttribute("data-leave", "left");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {LEFT});

            // The next agent of the group to come in gets the chat with the message.
            try (Desk alice = desk()) {
                JsonNode chat = alice.assigned();
                alice.hear(LEFT);
                Assertions.assertThat(chat.path("groupId").asLong()).isEqualTo(groupId("售前 Pre-sales"));
                assertThat(sb("window").locator("h2")).hasText("Alice 王丽");
                assertThat(sb("status")).isHidden();
                assertThat(sb("window").locator(".sub")).hasText("正在为您服务");
            }
        }
    }

    private long groupId(String name) {
        for (JsonNode group : api.get("/api/v1/groups", alice).json()) {
            if (group.path("name").asText().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }
}
