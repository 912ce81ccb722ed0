package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.chat.ChatMessages;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The typing preview in the widget: drafts go to the agents only where the site turned it on, and
 * the widget's privacy note says so; off (the default), nothing the visitor has not sent leaves the page.
 */
class WidgetTypingPreviewTest extends WidgetChatSupport {

    @Test
    void offByDefaultNothingUnsentLeavesThePage() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();
            assertThat(sb("privacy")).isHidden();
            sb("input").pressSequentially("我想问一下 A7");
            awaitFrame(sent, ChatMessages.TYPING);
            sb("send").click();
            desk.hear("我想问一下 A7");
            // the message went after every keystroke had been handled: a draft would have gone before it
            Assertions.assertThat(count(sent, ChatMessages.DRAFT)).isZero();
        }
    }

    @Test
    void turnedOnTheAgentSeesTheDraftAndThePrivacyNoteSaysSo() {
        String admin = backend.token("admin");
        ApiResponse on = api.send("PUT", "/api/v1/sites/default", admin, "{\"typingPreview\":true}", ApiClient.JSON);
        Assertions.assertThat(on.status()).as(on.body()).isEqualTo(200);
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();
            assertThat(sb("privacy")).isVisible();
            assertThat(sb("privacy")).hasText("隐私提示：客服可以在您发送之前看到您正在输入的内容。");
            snap("typing-preview-note-zh");

            sb("input").pressSequentially("我想问一下 A7 的噪音");
            desk.next(ChatMessages.DRAFT, draft -> draft.path("text").asText().equals("我想问一下 A7 的噪音"));
            sb("send").click();
            desk.hear("我想问一下 A7 的噪音");
            Assertions.assertThat(count(sent, ChatMessages.DRAFT)).as("fewer than the 13 keystrokes: at most one a second, the last text included")
                    .isPositive().isLessThan(13);
        }
    }
}
