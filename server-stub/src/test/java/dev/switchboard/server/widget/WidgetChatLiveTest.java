package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What happens while both sides are there: typing shown both ways, delivered and read receipts,
 * notes passed over at once.
 */
class WidgetChatLiveTest extends WidgetChatSupport {

    @Test
    void typingShowsBothWays() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();

            sb("input").fill("请问");
            JsonNode typing = desk.next(ChatMessages.TYPING, p -> p.path("typing").asBoolean());
            Assertions.assertThat(typing.path("name").isNull() || typing.path("name").isMissingNode()).as("the visitor is not named").isTrue();
            sb("input").fill("请问有货吗？");
            sb("send").click();
            desk.next(ChatMessages.TYPING, p -> !p.path("typing").asBoolean());
            desk.hear("请问有货吗？");

            desk.typing(true);
            assertThat(sb("typing")).hasText("Alice 王丽 正在输入…");
            snap("typing-zh");
            desk.say("有的，今天发货");
            assertThat(sb("typing")).isHidden();
            desk.typing(true);
            assertThat(sb("typing")).isVisible();
            desk.typing(false);
            assertThat(sb("typing")).isHidden();
            Assertions.assertThat(count(sent, ChatMessages.TYPING)).as("throttled, not one per key").isLessThanOrEqualTo(3);
        }
    }

    @Test
    void receiptsSayDeliveredAndReadBothWays() {
        try (Desk desk = desk()) {
            visit("/?lang=en");
            startChat("Emma");
            desk.assigned();
            type("Do you ship to Hangzhou?");
            desk.hear("Do you ship to Hangzhou?");
            long asked = awaitFrame(received, ChatMessages.ACK).path("seq").asLong();
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            assertThat(sb("message").last().locator(".ok")).hasText("✓ Sent");
            // Alice's workstation received it and says so: sent, then delivered, then read
            desk.delivered(asked);
            assertThat(sb("message").last()).hasAttribute("data-state", "delivered");
            assertThat(sb("message").last().locator(".ok")).hasText("✓✓ Delivered");

            // The window is open on a visible page: what arrives is read, and Alice is told.
            long answer = desk.say("Yes, in two days.");
            Assertions.assertThat(desk.next(ChatMessages.READ, p -> p.path("seq").asLong() >= answer).path("reader").asText()).isEqualTo("visitor");

            desk.socket.send(ChatMessages.READ, Map.of("conversationId", desk.conversation, "seq", asked));
            assertThat(sb("message").first()).hasAttribute("data-state", "read");
            assertThat(sb("message").first().locator(".ok")).hasText("✓✓ Read");
            snap("receipts-en");

            // Closed, the window reads nothing; opened, it reads what came meanwhile.
            sb("close").click();
            long later = desk.say("Anything else?");
            assertThat(sb("unread")).isVisible();
            Assertions.assertThat(sent.stream().filter(f -> f.path("type").asText().equals(ChatMessages.READ))
                    .noneMatch(f -> f.path("payload").path("seq").asLong() >= later)).isTrue();
            launcher().click();
            desk.next(ChatMessages.READ, p -> p.path("seq").asLong() >= later);

            // A note takes a number the visitor never sees: the next message shows without waiting on the gap.
            long note = desk.say("VIP, be quick", true);
            long after = desk.say("I'll send the tracking number.");
            assertThat(sb("message").last().locator(".bub")).hasText("I'll send the tracking number.");
            awaitFrame(sent, ChatMessages.RESUME, p -> p.path("after").asLong() == note - 1);
            awaitFrame(received, ChatMessages.STATUS, p -> p.path("seq").asLong() >= after);

            // The read marks come back with a reload that has only the conversation id (no local storage).
            page.evaluate("() => localStorage.setItem('switchboard:default:chat', JSON.stringify({ conv: "
                    + desk.conversation + ", answers: {} }))");
            page.reload();
            assertThat(sb("message").first()).hasAttribute("data-state", "read");
            assertThat(sb("message").nth(1)).hasText(java.util.regex.Pattern.compile("Yes, in two days\\."));
        }
    }

    @Test
    void agentMessagesAreReportedDeliveredOnceAQuarterSecondAndTheMarkComesBackOnReload() {
        try (Desk desk = desk()) {
            page.clock().install();
            visit("/?lang=en");
            startChat("Emma");
            desk.assigned();
            type("Where is my order?");
            long asked = awaitFrame(received, ChatMessages.ACK).path("seq").asLong();
            desk.hear("Where is my order?");

            // Time stands still in the page: a burst of messages arrives, and no receipt goes before a quarter second passed.
            page.clock().pauseAt(System.currentTimeMillis() + 60_000);
            long last = 0;
            for (int i = 1; i <= 5; i++) {
                last = desk.say("Checking, step " + i);
            }
            assertThat(sb("message").last().locator(".bub")).hasText("Checking, step 5");
            Assertions.assertThat(count(sent, ChatMessages.DELIVERED)).isZero();
            page.clock().runFor(300);
            long newest = last;
            Assertions.assertThat(desk.next(ChatMessages.DELIVERED, p -> true).path("seq").asLong()).isEqualTo(newest);
            Assertions.assertThat(awaitFrame(sent, ChatMessages.DELIVERED).path("seq").asLong()).as("only the highest number").isEqualTo(newest);
            Assertions.assertThat(count(sent, ChatMessages.DELIVERED)).as("one receipt for the burst").isEqualTo(1);
            page.clock().resume();

            // Alice's workstation holds the visitor's message; nobody has read it. A reload that kept
            // only the conversation id shows it delivered again.
            desk.delivered(asked);
            assertThat(sb("message").first()).hasAttribute("data-state", "delivered");
            page.evaluate("() => localStorage.setItem('switchboard:default:chat', JSON.stringify({ conv: "
                    + desk.conversation + ", answers: {} }))");
            page.reload();
            assertThat(sb("message").last().locator(".bub")).hasText("Checking, step 5");
            assertThat(sb("message").first()).hasAttribute("data-state", "delivered");
            assertThat(sb("message").first().locator(".ok")).hasText("✓✓ Delivered");
        }
    }
}
