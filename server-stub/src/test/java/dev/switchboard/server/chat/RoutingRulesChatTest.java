package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real chats routed by what administrators and agents set through the API: routing rules and
 * their order, skills under the SKILL strategy, and a VIP level that jumps the queue.
 */
class RoutingRulesChatTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final long VIP = 3;
    static final String SHOP = "https://shop.example.cn/";
    /** One of the demo form's question types, and answers that choose it. */
    static final String ORDERS = "订单与物流 Orders";
    static final Map<String, String> ASKING_ABOUT_ORDERS = Map.of("name", "Li", "question", ORDERS);
    static final String BAIDU_WATER_FILTER = "https://www.baidu.com/s?wd=%E5%AE%B6%E7%94%A8%E5%87%80%E6%B0%B4%E5%99%A8";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final List<AutoCloseable> open = new ArrayList<>();
    final Map<Long, VisitorClient> visitorsByChat = new LinkedHashMap<>();

    @BeforeEach
    void startFromNoRules() {
        RoutingRulesFromScratch.removeAll(api, admin);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void aVisitorFromBaiduSearchingTheRulesKeywordIsServedInTheRulesGroup() {
        rule("Water filters from Baidu", AFTERSALES, "channel", "SEARCH", "engine", "baidu", "keyword", "净水器");
        SocketClient bob = online("bob");
        SocketClient alice = online("alice");

        long searching = startChat(SHOP + "products/a7", BAIDU_WATER_FILTER, VisitorClient.DEMO_ANSWERS);
        Envelope assigned = bob.await(ChatMessages.ASSIGNED);
        assertThat(assigned.payload().path("id").asLong()).isEqualTo(searching);
        assertThat(assigned.payload().path("groupId").asLong()).isEqualTo(AFTERSALES);

        long direct = startChat(SHOP + "products/a7", null, VisitorClient.DEMO_ANSWERS);
        assertThat(alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).as("no rule: the first group").isEqualTo(direct);
        assertThat(conversation(direct).path("groupId").asLong()).isEqualTo(PRESALES);
    }

    @Test
    void aPricingPageAndABillingQuestionLeadWhereTheRulesSayAndTheirOrderDecidesBetweenThem() {
        long pricing = rule("Pricing pages", VIP, "urlPattern", "*/pricing/*");
        long billing = rule("Billing questions", AFTERSALES, "questionType", ORDERS);

        assertThat(groupOfQueued(startChat(SHOP + "pricing/pro", null, VisitorClient.DEMO_ANSWERS))).isEqualTo(VIP);
        assertThat(groupOfQueued(startChat(SHOP, null, ASKING_ABOUT_ORDERS))).isEqualTo(AFTERSALES);
        assertThat(groupOfQueued(startChat(SHOP + "pricing/pro", null, ASKING_ABOUT_ORDERS)))
                .as("both match: the first in order wins").isEqualTo(VIP);

        ApiResponse reordered = api.send("PUT", "/api/v1/routing-rules/order", admin,
                "{\"ids\":[" + billing + "," + pricing + "]}", ApiClient.JSON);
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(groupOfQueued(startChat(SHOP + "pricing/pro", null, ASKING_ABOUT_ORDERS))).isEqualTo(AFTERSALES);

        rule("Gold customers", AFTERSALES, "customerLevel", "gold");
        VisitorClient gold = arrive(SHOP, null);
        assertThat(api.send("PUT", "/api/v1/visitors/" + gold.visitorId() + "/level", carol, "{\"level\":\"Gold\"}", ApiClient.JSON).status())
                .isEqualTo(200);
        long goldChat = start(gold, VisitorClient.DEMO_ANSWERS);
        visitorsByChat.put(goldChat, gold);
        assertThat(groupOfQueued(goldChat)).as("the level staff set, compared ignoring case").isEqualTo(AFTERSALES);

        disable(billing, "Billing questions", "questionType", ORDERS);
        assertThat(groupOfQueued(startChat(SHOP + "pricing/pro", null, ASKING_ABOUT_ORDERS))).as("a disabled rule is skipped")
                .isEqualTo(VIP);
    }

    @Test
    void theSkillStrategyGivesChatsToTheMostSkilledFreeAgentAsSetThroughTheApi() {
        assertThat(api.send("PUT", "/api/v1/groups/" + PRESALES + "/chat-settings", admin, "{\"strategy\":\"SKILL\"}", ApiClient.JSON).status())
                .isEqualTo(200);
        long aliceId = idOf("alice");
        long carolId = idOf("carol");
        assertThat(skill(aliceId, 3).status()).isEqualTo(200);
        assertThat(skill(carolId, 9).status()).isEqualTo(200);
        SocketClient alice = online("alice");
        SocketClient carolDesk = online("carol");

        long first = startChat(SHOP, null, VisitorClient.DEMO_ANSWERS);
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(first);
        long second = startChat(SHOP, null, VisitorClient.DEMO_ANSWERS);
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong())
                .as("skill comes before load: carol already has a chat, alice none").isEqualTo(second);

        assertThat(skill(aliceId, 10).status()).isEqualTo(200);
        long third = startChat(SHOP, null, VisitorClient.DEMO_ANSWERS);
        assertThat(alice.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(third);

        JsonNode preview = api.post("/api/v1/routing-rules/test", carol, Map.of()).json();
        assertThat(preview.path("strategy").asText()).isEqualTo("SKILL");
        assertThat(preview.path("agentId").asLong()).isEqualTo(aliceId);
        assertThat(preview.path("candidates").findValuesAsText("reason")).anySatisfy(reason -> assertThat(reason).startsWith("highest skill 10"));
    }

    @Test
    void aVipWaitingBehindOthersIsServedFirstWhenTheAgentFreesUp() {
        long carolId = idOf("carol");
        assertThat(api.patch("/api/v1/agents/" + carolId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
        SocketClient carolDesk = online("carol");
        long busy = startChat(SHOP, null, VisitorClient.DEMO_ANSWERS);
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(busy);

        VisitorClient ordinary = arrive(SHOP, null);
        long waitingLonger = start(ordinary, VisitorClient.DEMO_ANSWERS);
        assertThat(queuedPosition(ordinary)).isEqualTo(1);

        VisitorClient vip = arrive(SHOP + "products/a7", null);
        ApiResponse marked = api.send("PUT", "/api/v1/visitors/" + vip.visitorId() + "/level",
                api.token("alice", TestBackend.PASSWORD), "{\"level\":\"VIP\"}", ApiClient.JSON);
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        long vipChat = start(vip, VisitorClient.DEMO_ANSWERS);
        assertThat(queuedPosition(vip)).as("ahead of the one who came first").isEqualTo(1);

        carolDesk.send(ChatMessages.END, new ChatMessages.End(busy));
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(vipChat);
        assertThat(conversation(waitingLonger).path("status").asText()).isEqualTo("QUEUED");
    }

    @Test
    void aVisitorMadeVipWhileWaitingMovesAheadAtOnceAndIsServedFirst() {
        long carolId = idOf("carol");
        assertThat(api.patch("/api/v1/agents/" + carolId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
        SocketClient carolDesk = online("carol");
        long busy = startChat(SHOP, null, VisitorClient.DEMO_ANSWERS);
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(busy);
        VisitorClient ordinary = arrive(SHOP, null);
        long waitingLonger = start(ordinary, VisitorClient.DEMO_ANSWERS);
        assertThat(queuedPosition(ordinary)).isEqualTo(1);
        VisitorClient later = arrive(SHOP + "products/a7", null);
        long laterChat = start(later, VisitorClient.DEMO_ANSWERS);
        assertThat(queuedPosition(later)).isEqualTo(2);

        ApiResponse marked = api.send("PUT", "/api/v1/visitors/" + later.visitorId() + "/level",
                api.token("alice", TestBackend.PASSWORD), "{\"level\":\"VIP\"}", ApiClient.JSON);

        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        awaitPlace(later, 1);
        awaitPlace(ordinary, 2);
        carolDesk.send(ChatMessages.END, new ChatMessages.End(busy));
        assertThat(carolDesk.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(laterChat);
        assertThat(conversation(waitingLonger).path("status").asText()).isEqualTo("QUEUED");
    }

    private long rule(String name, long groupId, Object... conditions) {
        ApiResponse created = api.post("/api/v1/routing-rules", admin, body(name, groupId, conditions));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void disable(long id, String name, Object... conditions) {
        Map<String, Object> body = body(name, AFTERSALES, conditions);
        body.put("enabled", false);
        body.put("version", 1);
        assertThat(api.send("PUT", "/api/v1/routing-rules/" + id, admin, Json.mapper().valueToTree(body).toString(), ApiClient.JSON)
                .status()).isEqualTo(200);
    }

    private static Map<String, Object> body(String name, long groupId, Object... conditions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("groupId", groupId);
        for (int i = 0; i < conditions.length; i += 2) {
            body.put((String) conditions[i], conditions[i + 1]);
        }
        return body;
    }

    private ApiResponse skill(long agentId, int skill) {
        return api.send("PUT", "/api/v1/groups/" + PRESALES + "/members/" + agentId + "/skill", admin, "{\"skill\":" + skill + "}", ApiClient.JSON);
    }

    private long idOf(String login) {
        return api.get("/api/v1/auth/me", api.token(login, TestBackend.PASSWORD)).json().path("id").asLong();
    }

    private SocketClient online(String login) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token(login, TestBackend.PASSWORD));
        open.add(socket);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private VisitorClient arrive(String url, String referrer) {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, url, "Shop", referrer);
        open.add(visitor);
        return visitor;
    }

    private long start(VisitorClient visitor, Map<String, String> prechat) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(prechat));
        return visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
    }

    private long startChat(String url, String referrer, Map<String, String> prechat) {
        VisitorClient visitor = arrive(url, referrer);
        long id = start(visitor, prechat);
        visitorsByChat.put(id, visitor);
        return id;
    }

    /** The group a chat waits in, once routing queued it (the visitor hears its place only then). */
    private long groupOfQueued(long conversationId) {
        visitorsByChat.get(conversationId).socket().await(e -> e.type().equals(ChatMessages.STATUS)
                && e.payload().path("status").asText().equals("QUEUED"), "queued");
        return conversation(conversationId).path("groupId").asLong();
    }

    private int queuedPosition(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"),
                "queued").payload().path("position").asInt();
    }

    /** Waits until the visitor hears this place in the queue (places are told again every second, so earlier ones may come first). */
    private void awaitPlace(VisitorClient visitor, int place) {
        visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED")
                && e.payload().path("position").asInt() == place, "place " + place + " in the queue");
    }

    private JsonNode conversation(long id) {
        return api.get("/api/v1/conversations/" + id, carol).json();
    }
}
