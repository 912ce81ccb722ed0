package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A returning visitor sees their earlier chats, from the server, a page at a time, and nobody else's. */
class WidgetChatHistoryTest extends WidgetChatSupport {

    @Test
    void aReturningVisitorSeesTheirEarlierChat() {
        try (Desk desk = desk()) {
            visit("/");
            startChat("王女士");
            desk.assigned();
            type("滤网多久换一次？");
            desk.hear("滤网多久换一次？");
            desk.say("大约六个月");
            desk.end();
            assertThat(sb("event").last()).hasText("Alice 王丽 结束了对话");
        }
        // Another day: the browser still knows the visitor, not the chat.
        page.evaluate("() => localStorage.removeItem('switchboard:default:chat')");
        page.reload();
        assertThat(sb("window")).isVisible();
        assertThat(sb("history").locator(".sep")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} 的对话"));
        assertThat(sb("history").locator(".bub")).hasText(new String[] {"滤网多久换一次？", "大约六个月"});
        assertThat(sb("history").locator("[data-sb=event]")).hasText(new String[] {"Alice 王丽 加入了对话", "Alice 王丽 结束了对话"});
        assertThat(sb("history-more")).isHidden();
        assertThat(sb("prechat")).isVisible();
        awaitFrame(sent, ChatMessages.HISTORY, p -> p.path("before").isNull());
        snap("history-zh");
    }

    @Test
    void earlierChatsComeAPageAtATime() {
        visit("/?lang=en");
        String visitorId = visitorId();
        String token = awaitFrame(received, "welcome").path("token").asText();
        try (VisitorClient earlier = VisitorClient.arrive(backend, visitorId, token, "https://shop.example.cn/", "Shop", null);
             VisitorClient stranger = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            for (int i = 1; i <= 5; i++) {
                chatAndEnd(earlier, "question " + i);
            }
            chatAndEnd(stranger, "someone else's question");
        }
        // the page has followed the other tab's five chats before the window opens (else it asks
        // for the history of a chat it then leaves, and asks again)
        page.waitForCondition(() -> count(received, ChatMessages.ENDED) >= 5, new Page.WaitForConditionOptions().setTimeout(WAIT.toMillis()));
        launcher().click();
        // the page followed the visitor's chats in the other tab: the last is its own, the others are history
        assertThat(page.locator("ol.log .bub")).hasText(new String[] {"question 5"});
        assertThat(sb("history").locator(".bub")).hasText(new String[] {"question 2", "question 3", "question 4"});
        sb("history-more").click();
        assertThat(sb("history").locator(".bub")).hasText(new String[] {"question 1", "question 2", "question 3", "question 4"});
        assertThat(sb("history-more")).isHidden();
        assertThat(sb("history").locator(".sep")).hasCount(4);
        assertThat(sb("window")).not().containsText("someone else");
        Assertions.assertThat(count(sent, ChatMessages.HISTORY)).isEqualTo(2);
    }

    @Test
    void aPageOfHistoryAskedForBeforeAnotherTabStartsAChatIsNotMixedIntoTheHistoryAskedForAfter() {
        // the answers to chat.history are held back until the test lets them through, in order
        List<String> heldAnswers = new ArrayList<>();
        AtomicBoolean holding = new AtomicBoolean();
        AtomicReference<WebSocketRoute> toPage = new AtomicReference<>();
        context.routeWebSocket(Pattern.compile(".*/ws/visitor$"), route -> {
            WebSocketRoute server = route.connectToServer();
            toPage.set(route);
            server.onMessage(frame -> {
                if (holding.get() && frame.text().contains("\"type\":\"chat.history\"")) {
                    heldAnswers.add(frame.text());
                } else {
                    route.send(frame.text());
                }
            });
        });
        visit("/?lang=en");
        String visitorId = visitorId();
        String token = awaitFrame(received, "welcome").path("token").asText();
        try (VisitorClient otherTab = VisitorClient.arrive(backend, visitorId, token, "https://shop.example.cn/", "Shop", null)) {
            for (int i = 1; i <= 4; i++) {
                chatAndEnd(otherTab, "question " + i);
            }
            // the page followed the other tab's chats: it shows the 4th, ended
            page.waitForCondition(() -> count(received, ChatMessages.ENDED) >= 4, new Page.WaitForConditionOptions().setTimeout(WAIT.toMillis()));

            // the visitor opens the window: the page asks for the chats before the 4th, the one it shows
            holding.set(true);
            launcher().click();
            awaitFrame(sent, ChatMessages.HISTORY);
            // meanwhile the other tab starts a 5th chat: the page follows it and asks again, before the 5th
            otherTab.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long fifth = otherTab.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            otherTab.send(ChatMessages.MESSAGE, new ChatMessages.Post(fifth, "q-5", "question 5", null));
            otherTab.await(ChatMessages.ACK);
            awaitFrame(sent, ChatMessages.HISTORY, p -> p.path("before").asLong() == fifth);
            page.waitForCondition(() -> heldAnswers.size() == 2, new Page.WaitForConditionOptions().setTimeout(WAIT.toMillis()));
            holding.set(false);
            heldAnswers.forEach(answer -> toPage.get().send(answer));

            assertThat(page.locator("ol.log .bub")).hasText(new String[] {"question 5"});
            assertThat(sb("history").locator(".bub")).hasText(new String[] {"question 2", "question 3", "question 4"});
            assertThat(sb("history").locator(".sep")).hasCount(3);
        }
    }

    private static void chatAndEnd(VisitorClient visitor, String question) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "q-" + question.hashCode(), question, null));
        visitor.await(ChatMessages.ACK);
        visitor.send(ChatMessages.END, new ChatMessages.End(id));
        visitor.socket().await(e -> e.type().equals(ChatMessages.ENDED), "the end of " + id);
    }
}
