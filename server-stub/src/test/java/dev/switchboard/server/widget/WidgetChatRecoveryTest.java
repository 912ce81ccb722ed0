package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Nothing the visitor typed or was sent is lost or doubled: a lost network, reloads with and
 * without storage, a push the page missed, and a long outbox sent within the flood limit.
 */
class WidgetChatRecoveryTest extends WidgetChatSupport {

    @Test
    void whatIsTypedOfflineGoesOutOnceAndInOrderWhenTheNetworkIsBack() {
        VisitorNetwork network = VisitorNetwork.install(context);
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            alice.assigned();
            type(QUESTION);
            alice.hear(QUESTION);

            network.offline();
            assertThat(sb("status")).containsText("正在重新连接");
            List<String> typed = List.of("第一条", "第二条\n第二行", "第三条 <script>alert(1)</script>");
            for (String text : typed) {
                type(text);
            }
            assertThat(sb("message").locator(".bub")).hasText(new String[] {QUESTION, typed.get(0), typed.get(1), typed.get(2)});
            assertThat(sb("message").nth(1)).hasAttribute("data-state", "sending");
            assertThat(sb("message").nth(3)).containsText("发送中");
            // Alice answers the first question while the visitor is away.
            alice.say("在的，请说");
            alice.say("A7 适合 60–90 ㎡");
            snap("chat-offline-zh");

            network.online();
            for (int i = 1; i <= 3; i++) {
                assertThat(sb("message").nth(i + 2)).hasAttribute("data-state", "sent");
            }
            for (String text : typed) {
                alice.hear(text);
            }
            assertThat(sb("status")).isHidden();
            assertThat(sb("message").locator(".bub"))
                    .hasText(new String[] {QUESTION, "在的，请说", "A7 适合 60–90 ㎡", typed.get(0), typed.get(1), typed.get(2)});
            Assertions.assertThat(alice.heard).containsExactly(QUESTION, typed.get(0), typed.get(1), typed.get(2));
            Assertions.assertThat(history(alice.conversation)).containsExactly("Alice 王丽 joined the chat", QUESTION, "在的，请说",
                    "A7 适合 60–90 ㎡", typed.get(0), typed.get(1), typed.get(2));
            Assertions.assertThat(count(sent, ChatMessages.START)).as("one chat").isEqualTo(1);
        }
    }
    @Test
    void aReloadShowsTheWholeChatOnceAndItContinues() {
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            long id = alice.assigned().path("id").asLong();
            type("第一个问题");
            alice.hear("第一个问题");
            alice.say("第一个回答");
            type("第二个问题");
            alice.hear("第二个问题");
            alice.say("第二个回答");
            String[] before = {"第一个问题", "第一个回答", "第二个问题", "第二个回答"};
            assertThat(sb("message").locator(".bub")).hasText(before);

            page.reload();
            assertThat(sb("window")).isVisible();
            assertThat(sb("message").locator(".bub")).hasText(before);
            assertThat(sb("event")).hasCount(1);
            assertThat(sb("window").locator("h2")).hasText("Alice 王丽");
            JsonNode resume = awaitFrame(sent, ChatMessages.RESUME, p -> p.path("after").asLong() == 5);
            Assertions.assertThat(resume.path("conversationId").asLong()).isEqualTo(id);

            type("第三个问题");
            alice.hear("第三个问题");
            alice.say("第三个回答");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"第一个问题", "第一个回答", "第二个问题", "第二个回答",
                    "第三个问题", "第三个回答"});
            assertThat(sb("event")).hasCount(1);
            Assertions.assertThat(count(sent, ChatMessages.START)).as("the reload continued the chat").isEqualTo(1);
            Assertions.assertThat(alice.heard).containsExactly("第一个问题", "第二个问题", "第三个问题");
        }
    }
    @Test
    void whatIsTypedBeforeAReloadWithoutNetworkIsSentWhenTheNextPageConnects() {
        VisitorNetwork network = VisitorNetwork.install(context);
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            alice.assigned();
            type(QUESTION);
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");

            network.cut();
            assertThat(sb("status")).containsText("正在重新连接");
            type("断网时写的第一条");
            type("断网时写的第二条");
            assertThat(sb("message").last()).hasAttribute("data-state", "sending");
            sb("input").fill("还没发出的草稿");

            long refused = refusals(network);
            page.reload();
            page.waitForCondition(() -> refusals(network) > refused);
            network.restore();
            assertThat(sb("message").locator(".bub")).hasText(new String[] {QUESTION, "断网时写的第一条", "断网时写的第二条"});
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            assertThat(sb("input")).hasValue("还没发出的草稿");
            alice.hear("断网时写的第二条");
            Assertions.assertThat(alice.heard).containsExactly(QUESTION, "断网时写的第一条", "断网时写的第二条");
            Assertions.assertThat(history(alice.conversation)).containsExactly("Alice 王丽 joined the chat", QUESTION,
                    "断网时写的第一条", "断网时写的第二条");
        }
    }
    @Test
    void withoutLocalStorageTheNextPageStillContinuesTheChat() {
        context.addInitScript("Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });");
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            long id = alice.assigned().path("id").asLong();
            type("第一个问题");
            alice.hear("第一个问题");
            alice.say("第一个回答");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"第一个问题", "第一个回答"});
            Assertions.assertThat(String.valueOf(page.evaluate("() => document.cookie"))).contains("sb_default_c=");

            page.locator("#next").click();
            assertThat(sb("window")).isVisible();
            // Only the conversation id fits in the cookie: the whole history comes back from the server.
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"第一个问题", "第一个回答"});
            Assertions.assertThat(sent.stream().filter(f -> f.path("type").asText().equals(ChatMessages.RESUME)).map(f -> f.path("payload"))
                    .filter(p -> p.path("conversationId").asLong() == id && p.path("after").asLong() == 0).count())
                    .as("resumed from the start on both pages").isEqualTo(2);
            assertThat(sb("event")).hasCount(1);
            assertThat(sb("prechat")).isHidden();
            type("第二个问题");
            alice.hear("第二个问题");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"第一个问题", "第一个回答", "第二个问题"});
            Assertions.assertThat(count(sent, ChatMessages.START)).isEqualTo(1);
        }
    }
    @Test
    void aMessageThePageMissedIsFetchedAndTakesItsPlace() {
        AtomicBoolean dropped = new AtomicBoolean();
        context.routeWebSocket(Pattern.compile(".*/ws/visitor$"), socket -> {
            WebSocketRoute server = socket.connectToServer();
            server.onMessage(frame -> {
                if (!(frame.text().contains("丢了的一条") && dropped.compareAndSet(false, true))) {
                    socket.send(frame.text());
                }
            });
        });
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            alice.assigned();
            assertThat(sb("event")).hasCount(1);
            alice.say("丢了的一条");
            alice.say("后面的一条");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"丢了的一条", "后面的一条"});
            Assertions.assertThat(dropped).isTrue();
            // The push never reached the page: what it shows came in the answer to a chat.resume (the
            // one the gap asked for, or one still on its way when the gap appeared), ended by how far
            // that answer is complete.
            awaitFrame(received, ChatMessages.MESSAGE, p -> p.path("body").asText().equals("丢了的一条"));
            awaitFrame(received, ChatMessages.STATUS, p -> p.path("seq").asLong() >= 2);
            type("收到");
            alice.hear("收到");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"丢了的一条", "后面的一条", "收到"});
        }
    }
    @Test
    void aLongOutboxGoesOutWithinTheFloodLimit() {
        VisitorNetwork network = VisitorNetwork.install(context);
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            alice.assigned();
            assertThat(sb("event")).hasCount(1);
            network.offline();
            assertThat(sb("status")).containsText("正在重新连接");
            List<String> typed = IntStream.rangeClosed(1, 30).mapToObj(i -> "离线时写的第 " + i + " 条").toList();
            for (String text : typed) {
                type(text);
            }

            network.online();
            // More than the widget sends in 10 s (24 frames with the hello and the resume, well
            // under the server's flood limit): what fits goes now, the rest once the window has passed.
            assertThat(sb("message").first()).hasAttribute("data-state", "sent");
            assertThat(sb("message").last()).hasAttribute("data-state", "sending");
            assertThat(sb("message").last()).hasAttribute("data-state", "sent", new LocatorAssertions.HasAttributeOptions().setTimeout(25_000));
            alice.hear(typed.get(typed.size() - 1));
            Assertions.assertThat(alice.heard).containsExactlyElementsOf(typed);
            Assertions.assertThat(history(alice.conversation)).containsExactlyElementsOf(
                    Stream.concat(Stream.of("Alice 王丽 joined the chat"), typed.stream()).toList());
            Assertions.assertThat(count(received, MessageTypes.WELCOME)).as("never closed for flooding").isEqualTo(2);
        }
    }
}
