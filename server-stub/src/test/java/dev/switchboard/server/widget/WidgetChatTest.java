package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The widget as a chat client against a real backend, with Alice's workstation played by an agent
 * socket: both directions, the queue, and nothing lost or doubled across a lost network, a reload
 * and a backend restart.
 */
class WidgetChatTest extends WidgetTestSupport {

    static final String QUESTION = "你好，A7 适合 80 平米吗？";

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
            assertThat(sb("message").last()).containsText("已发送");
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
        Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
        try (VisitorClient earlier = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            earlier.send(ChatMessages.START, new ChatMessages.Start(Map.of()));
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

            try (Desk desk = desk()) {
                backend.server().drainChatQueueNow();
                desk.assigned();
                assertThat(sb("status")).hasText("In the queue: you're next");
                // The same chat on a Chinese page of the site, in another tab.
                Page chinese = watch(context.newPage());
                chinese.navigate(site.url("/pricing.html?lang=zh-CN"));
                chinese.locator("[data-sb=launcher]").click();
                assertThat(chinese.locator("[data-sb=status]")).hasText("正在排队，您是下一位");

                Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 2)).status()).isEqualTo(200);
                backend.server().drainChatQueueNow();
                desk.assigned();
                assertThat(sb("event")).hasText("Alice 王丽 joined the chat");
                assertThat(sb("window").locator("h2")).hasText("Alice 王丽");
                assertThat(sb("status")).isHidden();
                assertThat(chinese.locator("[data-sb=event]")).hasText("Alice 王丽 加入了对话");
                assertThat(chinese.locator("[data-sb=status]")).isHidden();
                Assertions.assertThat(history(desk.conversation)).containsExactly("Is the A7 in stock?", "Alice 王丽 joined the chat");
            }
        }
    }

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
            awaitFrame(sent, ChatMessages.RESUME, p -> p.path("after").asLong() == 1);
            type("收到");
            alice.hear("收到");
            assertThat(sb("message").locator(".bub")).hasText(new String[] {"丢了的一条", "后面的一条", "收到"});
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

    // ---------------------------------------------------------------- the visitor

    static long refusals(VisitorNetwork network) {
        return network.log().stream().filter("refused"::equals).count();
    }

    void startChat(String name) {
        launcher().click();
        sb("field-name").fill(name);
        sb("field-question").selectOption("售前咨询 Pre-sales");
        page.locator(".go").click();
    }

    void type(String text) {
        sb("input").fill(text);
        sb("send").click();
        assertThat(sb("input")).hasValue("");
    }

    /** With {@code -Dwidget.screenshots=DIR}: a picture of the page for a person to look at. */
    void snap(String name) {
        String dir = System.getProperty("widget.screenshots");
        if (dir != null && !dir.isBlank()) {
            page.evaluate("() => Promise.all(document.querySelector('switchboard-widget').shadowRoot.getAnimations().map(a => a.finished))");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(dir, name + ".png")));
        }
    }

    /** Every body of the conversation as the backend stored it, in order. */
    List<String> history(long conversationId) {
        ApiResponse response = api.get("/api/v1/conversations/" + conversationId + "/messages", alice);
        Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("messages").spliterator(), false).map(m -> m.path("body").asText()).toList();
    }

    // ---------------------------------------------------------------- Alice's workstation

    Desk desk() {
        return new Desk(SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice));
    }

    /** Alice's agent socket, and every visitor message it has received, in order. */
    final class Desk implements AutoCloseable {

        final SocketClient socket;
        final List<String> heard = new ArrayList<>();
        long conversation;

        Desk(SocketClient socket) {
            this.socket = socket;
            socket.await(MessageTypes.WELCOME);
        }

        JsonNode assigned() {
            JsonNode assigned = await(e -> e.type().equals(ChatMessages.ASSIGNED), "chat.assigned").payload();
            conversation = assigned.path("id").asLong();
            return assigned;
        }

        /** Waits until the visitor's {@code text} has arrived. */
        void hear(String text) {
            await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("senderType").asText().equals("VISITOR")
                    && e.payload().path("body").asText().equals(text), "the visitor's " + text);
        }

        /** Alice writes to the chat; answers once the backend has stored it. */
        void say(String text) {
            say(text, false);
        }

        /** With {@code note}: an internal note, for agents only. */
        void say(String text, boolean note) {
            String clientId = "alice-" + UUID.randomUUID();
            socket.send(ChatMessages.MESSAGE, Map.of("conversationId", conversation, "clientId", clientId, "text", text, "note", note));
            await(e -> e.type().equals(ChatMessages.ACK) && e.payload().path("clientId").asText().equals(clientId), "ack of " + text);
        }

        private Envelope await(java.util.function.Predicate<Envelope> wanted, String what) {
            return socket.await(e -> {
                if (e.type().equals(ChatMessages.MESSAGE) && e.payload().path("senderType").asText().equals("VISITOR")) {
                    heard.add(e.payload().path("body").asText());
                }
                return wanted.test(e);
            }, what);
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
