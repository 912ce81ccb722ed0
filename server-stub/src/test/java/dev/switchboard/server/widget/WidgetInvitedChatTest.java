package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Answering an invitation in the widget: only an optional name is asked, the chat goes to the
 * agent who invited, and the invitation's text is the chat's first line, once.
 */
class WidgetInvitedChatTest extends WidgetChatSupport {

    static final String OFFER = "您好，我是售后的 Bob。您的净化器滤网需要更换吗？";

    @Test
    void acceptingAnInvitationAsksOnlyAnOptionalNameAndTheChatGoesToTheInvitingAgent() {
        // Alice (Pre-sales, where chats go without rules) is free too: only the invitation sends the chat to Bob.
        try (Desk alice = desk(); Desk bob = desk("bob")) {
            visit("/products/a3.html");
            long invitation = invite(visitorId(), bob.token);
            sb("accept").click();

            assertThat(sb("prechat")).isVisible();
            assertThat(sb("field-name")).isFocused();
            assertThat(sb("prechat").locator("label")).hasText(new String[] {"您的称呼 (选填)"});
            assertThat(sb("field-question")).hasCount(0);
            page.locator(".go").click(); // no name given

            JsonNode start = awaitFrame(sent, ChatMessages.START);
            Assertions.assertThat(start.path("invitationId").asLong()).isEqualTo(invitation);
            long id = bob.assigned().path("id").asLong();
            assertThat(sb("window").locator("h2")).hasText("Bob 张伟");
            // the stored first line took the place of the one shown on accepting: the text is there once
            assertThat(sb("message").first()).hasAttribute("data-seq", "1");
            assertThat(sb("message").first().locator(".bub")).hasText(OFFER);
            assertThat(sb("message")).hasCount(1);
            assertThat(sb("event")).hasText("Bob 张伟 加入了对话");
            JsonNode stored = api.get("/api/v1/conversations/" + id + "/messages", bob.token).json().path("messages").get(0);
            Assertions.assertThat(stored.path("body").asText()).isEqualTo(OFFER);
            Assertions.assertThat(stored.path("senderName").asText()).isEqualTo("Bob 张伟");

            type("是的，A3 的滤网");
            bob.hear("是的，A3 的滤网");
            page.reload();
            assertThat(sb("message").locator(".bub")).hasText(new String[] {OFFER, "是的，A3 的滤网"});
            Assertions.assertThat(count(sent, WidgetMessages.INVITATION_ACCEPTED)).isEqualTo(1);
            snap("invited-chat-zh");
            Assertions.assertThat(alice.conversation).as("Alice got nothing").isZero();
        }
    }

    private long invite(String visitorId, String token) {
        ApiResponse invited = api.post("/api/v1/visitors/" + visitorId + "/invitations", token, Map.of("message", OFFER, "forced", false));
        Assertions.assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return invited.json().path("id").asLong();
    }
}
