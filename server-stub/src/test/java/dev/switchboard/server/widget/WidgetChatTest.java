package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The widget as a chat client against a real backend, with Alice's workstation played by an agent
 * socket: both directions in plain text, the queue, two tabs, and a backend restart.
 */
class WidgetChatTest extends WidgetChatSupport {

    @Test
    void aVisitorAndAnAgentChatInPlainText() {
        try (Desk alice = desk()) {
            visit("/");
            assertThat(launcher()).hasText("在线咨询");
            startChat("王女士");
            JsonNode conversation = alice.assigned();
            Assertions.assertThat(conversation.path("prechat").path("name").asText()).isEqualTo("王女士");
            Assertions.assertThat(conversation.path("prechat").path("question").asText()).isEqualTo("售前咨询 Pre-sales");
            JsonNode start = awaitFrame(sent, ChatMessages.START);
            Assertions.assertThat(start.path("prechat").path("name").asText()).isEqualTo("王女士");

            assertThat(sb("event")).hasText("Alice 王丽 加入了对话");
            assertThat(sb("window").locator("h2")).hasText("Alice 王丽");
            assertThat(sb("window")).containsText("正在为您服务");
            assertThat(sb("status")).isHidden();

            type(QUESTION);
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            assertThat(sb("message").last()).containsText("✓ 已发送");
            alice.hear(QUESTION);

            String hostile = "<img src=x onerror=\"window.__pwned = 1\">适合的，<b>A7</b> 覆盖 60–90 ㎡。";
            alice.say(hostile);
            assertThat(sb("message").locator(".bub")).hasText(new String[] {QUESTION, hostile});
            Locator reply = sb("message").last();
            assertThat(reply).hasAttribute("data-from", "agent");
            assertThat(reply.locator(".nm")).hasText("Alice 王丽");
            assertThat(page.locator("switchboard-widget img")).hasCount(0);
            assertThat(page.locator("switchboard-widget .bub *")).hasCount(0);
            Assertions.assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);

            // A note takes a number the visitor never sees: the chat goes on past the gap.
            alice.say("老客户，先查一下订单", true);
            alice.say("还有别的问题吗？");
            type("没有了，谢谢");
            alice.hear("没有了，谢谢");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {QUESTION, hostile, "还有别的问题吗？", "没有了，谢谢"});
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            assertThat(sb("window")).not().containsText("老客户");
            snap("chat-active-zh");

            Assertions.assertThat(alice.heard).containsExactly(QUESTION, "没有了，谢谢");
            Assertions.assertThat(history(alice.conversation)).containsExactly("Alice 王丽 joined the chat", QUESTION, hostile,
                    "老客户，先查一下订单", "还有别的问题吗？", "没有了，谢谢");
        }
    }
    @Test
    void aQueuedVisitorSeesThePlaceMoveAndThenTheAgentJoin() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        long aliceId = api.get("/api/v1/auth/me", alice).json().path("id").asLong();
        // Alice is in but has no room: the chats wait for her (with nobody of the group in, they would be offered to leave a message)
        Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 0)).status()).isEqualTo(200);
        try (Desk desk = desk(); VisitorClient earlier = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            earlier.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            earlier.await(ChatMessages.STARTED);

            visit("/?lang=en");
            launcher().click();
            sb("field-name").fill("Emma");
            sb("field-question").selectOption("售前咨询 Pre-sales");
            page.locator(".go").click();
            assertThat(sb("status")).hasText("In the queue: 1 ahead of you");
            assertThat(sb("window").locator("h2")).hasText("Chat with us");
            type("Is the A7 in stock?");
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            snap("chat-queue-en");

            Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
            backend.server().drainChatQueueNow();
            long first = desk.assigned().path("id").asLong();
            assertThat(sb("status")).hasText("In the queue: you're next");
            // The same chat on a Chinese page of the site, in another tab.
            Page chinese = watch(context.newPage());
            chinese.navigate(site.url("/pricing.html?lang=zh-CN"));
            chinese.locator("[data-sb=launcher]").click();
            assertThat(chinese.locator("[data-sb=status]")).hasText("正在排队，您是下一位");

            Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 2)).status()).isEqualTo(200);
            backend.server().drainChatQueueNow();
            desk.assignedOtherThan(first);
            assertThat(sb("event")).hasText("Alice 王丽 joined the chat");
            assertThat(sb("window").locator("h2")).hasText("Alice 王丽");
            assertThat(sb("status")).isHidden();
            assertThat(chinese.locator("[data-sb=event]")).hasText("Alice 王丽 加入了对话");
            assertThat(chinese.locator("[data-sb=status]")).isHidden();
            Assertions.assertThat(history(desk.conversation)).containsExactly("Is the A7 in stock?", "Alice 王丽 joined the chat");
        }
    }
    @Test
    void anotherTabOfTheSiteIsTheSameChat() {
        try (Desk alice = desk()) {
            visit("/");
            startChat("王女士");
            alice.assigned();
            type("从第一个标签页发的");
            alice.hear("从第一个标签页发的");

            Page second = watch(context.newPage());
            second.navigate(site.url("/pricing.html"));
            second.locator("[data-sb=launcher]").click();
            Locator bubbles = second.locator("[data-sb=message] .bub");
            assertThat(bubbles).hasText(new String[] {"从第一个标签页发的"});
            assertThat(second.locator("[data-sb=prechat]")).isHidden();
            assertThat(second.locator("[data-sb=window] h2")).hasText("Alice 王丽");
            second.locator("[data-sb=input]").fill("从第二个标签页发的");
            second.locator("[data-sb=send]").click();
            alice.hear("从第二个标签页发的");
            alice.say("两个页面都看得到");

            String[] all = {"从第一个标签页发的", "从第二个标签页发的", "两个页面都看得到"};
            assertThat(bubbles).hasText(all);
            assertThat(sb("message").locator(".bub")).hasText(all);
            assertThat(sb("message").nth(1)).hasAttribute("data-from", "visitor");
            Assertions.assertThat(count(sent, ChatMessages.START)).as("one chat for both tabs").isEqualTo(1);
            Assertions.assertThat(alice.heard).containsExactly(all[0], all[1]);
        }
    }
    @Test
    void theChatSurvivesARestartOfTheBackend() {
        VisitorNetwork network = VisitorNetwork.install(context);
        long id;
        Desk first = desk();
        try (first) {
            visit("/");
            startChat("王女士");
            id = first.assigned().path("id").asLong();
            type(QUESTION);
            first.hear(QUESTION);
            network.offline();
            assertThat(sb("status")).containsText("正在重新连接");
            type("重启前写的");
        }
        backend.restart();
        try (Desk alice = desk()) {
            alice.conversation = id;
            alice.say("重启后 Alice 的回复");
            network.online();
            assertThat(sb("message").locator(".bub")).hasText(new String[] {QUESTION, "重启后 Alice 的回复", "重启前写的"});
            assertThat(sb("message").last()).hasAttribute("data-state", "sent");
            alice.hear("重启前写的");
            type("重启后写的");
            alice.hear("重启后写的");
            Assertions.assertThat(history(id)).containsExactly("Alice 王丽 joined the chat", QUESTION, "重启后 Alice 的回复", "重启前写的",
                    "重启后写的");
            assertThat(sb("message")).hasCount(4);
        }
    }
}
