package dev.switchboard.server.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Automatic messages over real sockets, with the clock moved and the sweep run by the test instead
 * of waited for (its timer runs too: whatever it says, it says once).
 */
class AutomaticMessagesTest {

    static final String PAGE = "https://shop.example.cn/pricing";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");

    @Test
    void theWelcomeComesOnceInTheVisitorsLanguage() {
        settings("{\"welcome\":{\"zh\":\"您好，欢迎光临！\",\"en\":\"Hello, welcome!\"}}");
        try (VisitorClient chinese = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
             SocketClient english = arriveInEnglish()) {
            long zh = startQueued(chinese.socket());
            long en = startQueued(english);
            sweep();
            sweep();

            assertThat(systemText(chinese, "您好，欢迎光临！").path("clientId").asText()).isEqualTo("auto:welcome");
            assertThat(systemText(english, "Hello, welcome!").path("conversationId").asLong()).isEqualTo(en);
            assertThat(bodies(zh)).containsOnlyOnce("您好，欢迎光临！").doesNotContain("Hello, welcome!");
            assertThat(bodies(en)).containsOnlyOnce("Hello, welcome!");
        }
    }

    @Test
    void aGroupsSettingsOverrideItsSitesFieldByField() {
        settings("{\"welcome\":{\"zh\":\"站点欢迎语\",\"en\":\"site\"},\"queueReassuranceSeconds\":60,"
                + "\"queueReassurance\":{\"zh\":\"站点安抚语\",\"en\":\"site wait\"}}");
        assertThat(api.send("PUT", "/api/v1/groups/1/auto-messages", admin, "{\"welcome\":{\"zh\":\"售前欢迎语\",\"en\":\"pre-sales\"}}",
                ApiClient.JSON).status()).isEqualTo(200);
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startQueued(visitor);
            sweep();
            backend.clock().advance(Duration.ofSeconds(60));
            sweep();

            assertThat(bodies(id)).contains("售前欢迎语", "站点安抚语").doesNotContain("站点欢迎语");
        }
    }

    @Test
    void waitingVisitorsAreReassuredEveryNSecondsAndARestartCarriesOn() {
        settings("{\"queueReassuranceSeconds\":60,\"queueReassurance\":{\"zh\":\"感谢耐心等待\",\"en\":\"Thanks for waiting\"}}");
        long id;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            id = startQueued(visitor);
            sweep();
            backend.clock().advance(Duration.ofSeconds(59));
            sweep();
            assertThat(bodies(id)).doesNotContain("感谢耐心等待");

            backend.clock().advance(Duration.ofSeconds(1));
            sweep();
            assertThat(systemText(visitor, "感谢耐心等待").path("clientId").asText()).isEqualTo("auto:reassure:1");
            backend.clock().advance(Duration.ofSeconds(30));
            sweep();
            assertThat(bodies(id)).containsOnlyOnce("感谢耐心等待");
            backend.clock().advance(Duration.ofSeconds(30));
            sweep();
            assertThat(systemText(visitor, "感谢耐心等待").path("clientId").asText()).isEqualTo("auto:reassure:2");
        }

        backend.restart(config -> config);
        backend.clock().advance(Duration.ofSeconds(60));
        sweep();
        sweep();
        assertThat(messages(id).stream().filter(m -> m.path("body").asText().equals("感谢耐心等待")).map(m -> m.path("clientId").asText()))
                .containsExactly("auto:reassure:1", "auto:reassure:2", "auto:reassure:3");
    }

    @Test
    void anAgentWhoLeavesTheVisitorWaitingTooLongIsRemindedOncePerWait() {
        settings("{\"agentReminderSeconds\":60}");
        try (SocketClient alice = online("alice"); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startServed(visitor, alice);
            Instant asked = backend.clock().instant();
            visitorSays(visitor, alice, id, "v-1", "请问 A7 有现货吗？");
            backend.clock().advance(Duration.ofSeconds(20));
            visitorSays(visitor, alice, id, "v-2", "在吗？");
            sweep();
            backend.clock().advance(Duration.ofSeconds(39));
            sweep();
            assertNothingBefore(alice, visitor, id, AutoMessages.REMINDER);

            backend.clock().advance(Duration.ofSeconds(1));
            sweep();
            JsonNode reminder = alice.await(AutoMessages.REMINDER).payload();
            assertThat(reminder.path("conversationId").asLong()).isEqualTo(id);
            assertThat(Instant.parse(reminder.path("waitingSince").asText())).as("from the first unanswered question").isEqualTo(asked);
            backend.clock().advance(Duration.ofSeconds(120));
            sweep();
            assertNothingBefore(alice, visitor, id, AutoMessages.REMINDER);

            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "有的，马上为您查询", null));
            alice.await(ChatMessages.ACK);
            visitorSays(visitor, alice, id, "v-3", "好的谢谢");
            sweep();
            backend.clock().advance(Duration.ofSeconds(60));
            sweep();
            assertThat(alice.await(AutoMessages.REMINDER).payload().path("conversationId").asLong()).as("a new wait").isEqualTo(id);
        }
    }

    @Test
    void aSilentVisitorIsRemindedThenTheChatCloses() {
        settings("{\"visitorIdleReminderSeconds\":120,\"visitorIdleReminder\":{\"zh\":\"请问您还在吗？\",\"en\":\"Still there?\"},"
                + "\"idleCloseMinutes\":5,\"idleClose\":{\"zh\":\"会话已自动结束\",\"en\":\"Closed\"}}");
        try (SocketClient alice = online("alice"); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startServed(visitor, alice);
            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "您好，有什么可以帮您？", null));
            alice.await(ChatMessages.ACK);
            sweep();
            backend.clock().advance(Duration.ofSeconds(119));
            sweep();
            assertThat(bodies(id)).doesNotContain("请问您还在吗？");

            backend.clock().advance(Duration.ofSeconds(1));
            sweep();
            systemText(visitor, "请问您还在吗？");
            backend.clock().advance(Duration.ofSeconds(100));
            sweep();
            assertThat(bodies(id)).containsOnlyOnce("请问您还在吗？");

            backend.clock().advance(Duration.ofSeconds(80));
            sweep();
            systemText(visitor, "会话已自动结束");
            assertThat(visitor.await(ChatMessages.ENDED).payload().path("by").asText()).isEqualTo("system");
            assertThat(alice.await(ChatMessages.ENDED).payload().path("conversationId").asLong()).isEqualTo(id);
            assertThat(api.get("/api/v1/conversations/" + id, carol).json().path("status").asText()).isEqualTo("ENDED");
        }
    }

    @Test
    void aVisitorWhoAnswersIsNotClosed() {
        settings("{\"idleCloseMinutes\":5,\"idleClose\":{\"zh\":\"会话已自动结束\",\"en\":\"Closed\"}}");
        try (SocketClient alice = online("alice"); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            long id = startServed(visitor, alice);
            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-1", "请提供订单号", null));
            alice.await(ChatMessages.ACK);
            backend.clock().advance(Duration.ofMinutes(4));
            visitorSays(visitor, alice, id, "v-1", "订单号 20261102-0042");
            backend.clock().advance(Duration.ofMinutes(4));
            sweep();

            assertThat(api.get("/api/v1/conversations/" + id, carol).json().path("status").asText())
                    .as("the visitor answered last: the agent owes the answer").isEqualTo("ACTIVE");
        }
    }

    @Test
    void outsideBusinessHoursAWaitingVisitorIsToldAndOfferedToLeaveAMessageWhileAgentsAreOnline() {
        long carolId = api.get("/api/v1/auth/me", carol).json().path("id").asLong();
        api.patch("/api/v1/agents/" + carolId, admin, Map.of("maxChats", 1));
        settings("{\"outsideHours\":{\"zh\":\"现在是非工作时间，请留言\",\"en\":\"We are closed: please leave a message\"}}");
        // the test clock starts on a Monday at 16:00 in Shanghai
        assertThat(api.send("PUT", "/api/v1/groups/1/business-hours", admin, """
                {"timeZone":"Asia/Shanghai","weekly":[{"day":"MONDAY","opens":"09:00","closes":"12:00"}]}""", ApiClient.JSON).status())
                .isEqualTo(200);
        try (SocketClient carolDesk = online("carol"); VisitorClient busy = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
            busy.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            carolDesk.await(ChatMessages.ASSIGNED);
            try (VisitorClient waiting = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null)) {
                long id = startQueued(waiting);
                sweep();

                systemText(waiting, "现在是非工作时间，请留言");
                backend.server().drainChatQueueNow();
                Envelope offer = waiting.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("leaveMessage").asBoolean(),
                        "offered to leave a message");
                assertThat(offer.payload().path("conversationId").asLong()).isEqualTo(id);
                sweep();
                assertThat(bodies(id)).containsOnlyOnce("现在是非工作时间，请留言");
            }
        }
    }

    @Test
    void settingsAreCheckedAndOnlyAdministratorsChangeThem() {
        assertThat(api.send("PUT", "/api/v1/sites/default/auto-messages", carol, "{}", ApiClient.JSON).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/sites/default/auto-messages", admin, "{\"queueReassuranceSeconds\":5,\"idleCloseMinutes\":-1}",
                ApiClient.JSON).json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("queueReassuranceSeconds", "idleCloseMinutes");
        assertThat(api.send("PUT", "/api/v1/sites/nowhere/auto-messages", admin, "{}", ApiClient.JSON).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/groups/999/auto-messages", admin, "{}", ApiClient.JSON).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/sites/default/auto-messages", admin, "{\"welcom\":{}}", ApiClient.JSON).status()).isEqualTo(400);
        settings("{\"agentReminderSeconds\":0,\"welcome\":{\"zh\":\"你好\"}}");
        JsonNode read = api.get("/api/v1/sites/default/auto-messages", backend.token("alice")).json();
        assertThat(read.path("agentReminderSeconds").asInt()).isZero();
        assertThat(read.path("welcome").path("zh").asText()).isEqualTo("你好");
    }

    // --- helpers ---

    private void settings(String json) {
        assertThat(api.send("PUT", "/api/v1/sites/default/auto-messages", admin, json, ApiClient.JSON).status()).isEqualTo(200);
    }

    private void sweep() {
        backend.server().sweepAutomaticMessagesNow();
    }

    /** A visitor whose page is in British English (VisitorClient's pages are in Chinese). */
    private SocketClient arriveInEnglish() {
        SocketClient socket = SocketClient.connectWithHeaders(backend.wsUrl(WidgetMessages.PATH),
                Map.of("Origin", "https://shop.example.cn", "User-Agent", VisitorClient.USER_AGENT));
        socket.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null, new PageView(PAGE, "Pricing", null, "en-GB", "1920x1080")));
        socket.await(WidgetMessages.WELCOME);
        return socket;
    }

    private static long startQueued(VisitorClient visitor) {
        return startQueued(visitor.socket());
    }

    /** Nobody online: the chat waits in its group's queue (routed, so its group's settings apply). */
    private static long startQueued(SocketClient visitor) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        visitor.await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
        return id;
    }

    private static long startServed(VisitorClient visitor, SocketClient agent) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        agent.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == id, "chat " + id);
        return id;
    }

    /** The visitor writes, and the agent has it (it is stored). */
    private static void visitorSays(VisitorClient visitor, SocketClient agent, long id, String clientId, String text) {
        visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, clientId, text, null));
        agent.await(e -> e.type().equals(ChatMessages.MESSAGE) && clientId.equals(e.payload().path("clientId").asText()), text);
    }

    /**
     * Nothing of {@code type} came before a marker the test sends now: the visitor's typing, which
     * the server relays to the agent after anything the sweeps before it pushed.
     */
    private static void assertNothingBefore(SocketClient agent, VisitorClient visitor, long id, String type) {
        visitor.send(ChatMessages.TYPING, new ChatMessages.Typing(id, true, null));
        assertThat(agent.collectUntil(ChatMessages.TYPING)).extracting(Envelope::type).doesNotContain(type);
    }

    private static JsonNode systemText(VisitorClient visitor, String body) {
        return systemText(visitor.socket(), body);
    }

    private static JsonNode systemText(SocketClient visitor, String body) {
        return visitor.await(e -> e.type().equals(ChatMessages.MESSAGE) && "SYSTEM".equals(e.payload().path("senderType").asText())
                && body.equals(e.payload().path("body").asText()), "the automatic message " + body).payload();
    }

    private SocketClient online(String login) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), backend.token(login));
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private List<JsonNode> messages(long id) {
        return StreamSupport.stream(api.get("/api/v1/conversations/" + id + "/messages", carol).json().path("messages").spliterator(), false)
                .toList();
    }

    private List<String> bodies(long id) {
        return messages(id).stream().map(m -> m.path("body").asText()).toList();
    }
}
