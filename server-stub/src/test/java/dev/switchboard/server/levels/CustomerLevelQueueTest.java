package dev.switchboard.server.levels;

import static dev.switchboard.server.levels.CustomerLevelApiTest.json;
import static dev.switchboard.server.levels.CustomerLevelApiTest.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The queue priority of real chats comes from the levels administrators configure: a chat of a
 * visitor whose level has a higher priority waits ahead, and a level whose priority changes (or
 * that is deleted) moves the chats waiting now.
 */
class CustomerLevelQueueTest {

    static final String SHOP = "https://shop.example.cn/";
    static final String PATH = "/api/v1/customer-levels";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String alice = backend.token("alice");
    final List<AutoCloseable> open = new ArrayList<>();
    /** The chat that keeps carol busy (see {@link #busyCarol}). */
    private long busyChat;

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
    void aChatOfAConfiguredLevelWaitsWithThatLevelsPriorityAndIsServedFirst() {
        created(level("Gold 金卡", 20, null, null));
        SocketClient carol = busyCarol();
        Waiting ordinary = waiting(null);
        Waiting vip = waiting("vip");
        assertThat(vip.firstPlace()).as("VIP (10, as seeded) ahead of no level (0)").isEqualTo(1);

        Waiting gold = waiting("GOLD 金卡");
        assertThat(gold.firstPlace()).as("Gold (20, as configured, named in any case) ahead of VIP (10)").isEqualTo(1);
        awaitPlace(vip.visitor(), 2);
        awaitPlace(ordinary.visitor(), 3);

        carol.send(ChatMessages.END, new ChatMessages.End(busyChat));
        assertThat(carol.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(gold.chat());
    }

    @Test
    void changingALevelsPriorityOrDeletingItMovesTheChatsWaitingNow() {
        long gold = created(level("Gold", 5, null, null));
        busyCarol();
        Waiting vip = waiting("VIP");
        Waiting goldVisitor = waiting("gold");
        assertThat(goldVisitor.firstPlace()).as("Gold (5) behind VIP (10)").isEqualTo(2);

        Map<String, Object> raised = level("Gold", 50, null, null);
        raised.put("version", 1);
        ApiResponse saved = api.send("PUT", PATH + "/" + gold, admin, json(raised), ApiClient.JSON);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        awaitPlace(goldVisitor.visitor(), 1);
        awaitPlace(vip.visitor(), 2);

        assertThat(api.send("DELETE", PATH + "/" + gold, admin, null, null).status()).isEqualTo(204);
        awaitPlace(goldVisitor.visitor(), 2);
        awaitPlace(vip.visitor(), 1);
    }

    /** A visitor whose chat waits, and the place they heard first. */
    private record Waiting(VisitorClient visitor, long chat, int firstPlace) {
    }

    /** Carol online with room for one chat, and a chat taking it: everyone after waits. */
    private SocketClient busyCarol() {
        long carolId = api.get("/api/v1/auth/me", backend.token("carol")).json().path("id").asLong();
        assertThat(api.patch("/api/v1/agents/" + carolId, admin, Map.of("maxChats", 1)).status()).isEqualTo(200);
        SocketClient carol = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("carol", TestBackend.PASSWORD));
        open.add(carol);
        carol.await(MessageTypes.WELCOME);
        busyChat = start(arrive());
        assertThat(carol.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(busyChat);
        return carol;
    }

    private long created(Map<String, Object> body) {
        ApiResponse created = api.post(PATH, admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A visitor of this level (null: none) whose chat waits. */
    private Waiting waiting(String level) {
        VisitorClient visitor = arrive();
        if (level != null) {
            setLevel(visitor, level);
        }
        long chat = start(visitor);
        return new Waiting(visitor, chat, place(visitor));
    }

    private void setLevel(VisitorClient visitor, String level) {
        ApiResponse set = api.send("PUT", "/api/v1/visitors/" + visitor.visitorId() + "/level", alice, "{\"level\":\"" + level + "\"}", ApiClient.JSON);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private VisitorClient arrive() {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, SHOP, "Shop", null);
        open.add(visitor);
        return visitor;
    }

    private long start(VisitorClient visitor) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        return visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
    }

    /** The place the visitor first hears in the queue. */
    private int place(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"),
                "queued").payload().path("position").asInt();
    }

    /** Waits until the visitor hears this place in the queue (places are told again every second, so earlier ones may come first). */
    private void awaitPlace(VisitorClient visitor, int place) {
        visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED")
                && e.payload().path("position").asInt() == place, "place " + place + " in the queue");
    }
}
