package dev.switchboard.server.wrapup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.history.HistoryPage;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wrap-ups: the category tree, each group's rule, and a required wrap-up holding the agent from the next chat. */
class WrapUpTest {

    static final String PRESALES = "售前咨询 Pre-sales";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String admin = backend.token("admin");

    @Test
    void aRequiredWrapUpHoldsTheAgentFromTheNextChatUntilItIsWritten() {
        require(60);
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            long first = chats.ended(agent, "Emma", PRESALES, "我的洗衣机坏了");
            WrapUp owed = get("/api/v1/conversations/" + first + "/wrap-up", alice, WrapUp.class);
            assertThat(owed.required()).isTrue();
            assertThat(owed.status()).isEqualTo(WrapUpStatus.PENDING);
            assertThat(Arrays.asList(get("/api/v1/me/wrap-ups", alice, WrapUp[].class))).extracting(WrapUp::conversationId).containsExactly(first);

            try (VisitorClient next = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
                next.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "Li Lei", "question", PRESALES)));
                long waiting = next.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
                // routed (and queued) before the drain, so that a chat given to alice later cannot pass for a held one
                next.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
                backend.server().drainChatQueueNow();
                assertThat(status(waiting)).as("alice is held while she owes the wrap-up").isEqualTo("QUEUED");
                agent.send(ChatMessages.TAKE, new ChatMessages.Take(waiting));
                JsonNode refused = agent.await(MessageTypes.ERROR).payload().path("problem");
                assertThat(refused.path("status").asInt()).as("taking from the queue by hand is no way around the hold").isEqualTo(409);
                assertThat(refused.path("detail").asText()).contains("wrap-up");
                assertThat(status(waiting)).isEqualTo("QUEUED");

                ApiResponse incomplete = put("/api/v1/conversations/" + first + "/wrap-up", alice, Map.of("summary", "洗衣机维修"));
                assertThat(incomplete.status()).isEqualTo(400);
                assertThat(incomplete.body()).contains("categoryIds");
                assertThat(put("/api/v1/conversations/" + first + "/wrap-up", bob, Map.of("categoryIds", List.of(category("维修 Repairs")))).status())
                        .as("bob took no part").isEqualTo(403);

                ApiResponse written = put("/api/v1/conversations/" + first + "/wrap-up", alice,
                        Map.of("categoryIds", List.of(category("维修 Repairs")), "summary", "洗衣机维修，已登记上门"));
                assertThat(written.status()).as(written.body()).isEqualTo(200);
                WrapUp done = written.as(WrapUp.class);
                assertThat(done.status()).isEqualTo(WrapUpStatus.DONE);
                assertThat(done.categoryPaths()).containsExactly("售后 After-sales/维修 Repairs");
                assertThat(done.late()).isFalse();
                agent.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == waiting, "the waiting chat");
                assertThat(get("/api/v1/me/wrap-ups", alice, WrapUp[].class)).isEmpty();
            }

            HistoryPage filed = get("/api/v1/history?categoryId=" + category("售后 After-sales"), alice, HistoryPage.class);
            assertThat(filed.entries()).as("a parent category finds chats filed below it").singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.conversationId()).isEqualTo(first);
                        assertThat(entry.wrapUp().summary()).isEqualTo("洗衣机维修，已登记上门");
                    });
            assertThat(get("/api/v1/history?categoryId=" + category("投诉 Complaints"), alice, HistoryPage.class).entries()).isEmpty();
        }
    }

    @Test
    void pastItsTimeLimitAMissingWrapUpIsOverdueAndTheAgentGetsChatsAgain() {
        require(30);
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            long first = chats.ended(agent, "Emma", PRESALES, "hi");
            try (VisitorClient next = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
                next.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "Li Lei", "question", PRESALES)));
                long waiting = next.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
                // routed (and queued) before the drain, so that a chat given to alice later cannot pass for a held one
                next.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
                backend.server().drainChatQueueNow();
                assertThat(status(waiting)).isEqualTo("QUEUED");

                backend.clock().advance(Duration.ofSeconds(31));
                backend.server().drainChatQueueNow();
                agent.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == waiting, "the waiting chat");
                assertThat(get("/api/v1/conversations/" + first + "/wrap-up", alice, WrapUp.class).status()).isEqualTo(WrapUpStatus.OVERDUE);

                WrapUp late = put("/api/v1/conversations/" + first + "/wrap-up", alice, Map.of("categoryIds", List.of(category("其他 Other"))))
                        .as(WrapUp.class);
                assertThat(late.status()).isEqualTo(WrapUpStatus.DONE);
                assertThat(late.late()).isTrue();
            }
        }
    }

    @Test
    void anOptionalWrapUpHoldsNobodyAndMayBeLeftOrWrittenWithoutACategory() {
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            long first = chats.ended(agent, "Emma", PRESALES, "hi");
            long second = chats.ended(agent, "Li Lei", PRESALES, "hello");
            assertThat(get("/api/v1/conversations/" + first + "/wrap-up", alice, WrapUp.class).required()).isFalse();
            ApiResponse written = put("/api/v1/conversations/" + second + "/wrap-up", alice, Map.of("summary", "只是打招呼"));
            assertThat(written.status()).as(written.body()).isEqualTo(200);
            assertThat(written.as(WrapUp.class).categoryIds()).isEmpty();
        }
    }

    @Test
    void administratorsArrangeTheTreeAndEachGroupsRule() {
        List<WrapUpCategory> tree = Arrays.asList(get("/api/v1/wrap-up/categories", alice, WrapUpCategory[].class));
        assertThat(tree).extracting(WrapUpCategory::name).startsWith("售前咨询 Pre-sales", "产品咨询 Product questions", "价格与优惠 Prices and offers",
                "售后 After-sales", "维修 Repairs");

        long complaints = category("投诉 Complaints");
        ApiResponse created = api.post("/api/v1/wrap-up/categories", admin, Map.of("parentId", complaints, "name", "服务态度 Attitude"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long attitude = created.json().path("id").asLong();
        assertThat(api.post("/api/v1/wrap-up/categories", admin, Map.of("parentId", complaints, "name", "服务态度 attitude")).status())
                .as("a sibling's name").isEqualTo(400);
        long grandchild = api.post("/api/v1/wrap-up/categories", admin, Map.of("parentId", attitude, "name", "Rude")).json().path("id").asLong();
        assertThat(api.post("/api/v1/wrap-up/categories", admin, Map.of("parentId", grandchild, "name", "Too deep")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/wrap-up/categories", admin, Map.of("name", "a/b")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/wrap-up/categories", alice, Map.of("name", "Mine")).status()).isEqualTo(403);

        assertThat(put("/api/v1/wrap-up/categories/" + attitude, admin, Map.of("name", "态度 Attitude", "version", 1)).json().path("name").asText())
                .isEqualTo("态度 Attitude");
        assertThat(put("/api/v1/wrap-up/categories/" + complaints, admin, Map.of("enabled", false, "version", 1)).status()).isEqualTo(200);
        assertThat(Arrays.stream(get("/api/v1/wrap-up/categories", alice, WrapUpCategory[].class))
                .filter(c -> c.id() == complaints || c.id() == attitude || c.id() == grandchild)).as("disabled with what is below")
                .hasSize(3).allSatisfy(c -> assertThat(c.enabled()).isFalse());

        long presales = groupId("售前 Pre-sales");
        assertThat(get("/api/v1/groups/" + presales + "/wrap-up", alice, JsonNode.class).path("mode").asText()).isEqualTo("OPTIONAL");
        assertThat(put("/api/v1/groups/" + presales + "/wrap-up", admin, Map.of("mode", "REQUIRED", "timeLimitSeconds", 5)).status())
                .isEqualTo(400);
        assertThat(put("/api/v1/groups/" + presales + "/wrap-up", admin, Map.of("timeLimitSeconds", 60)).status()).isEqualTo(400);
        assertThat(put("/api/v1/groups/999/wrap-up", admin, Map.of("mode", "REQUIRED", "timeLimitSeconds", 60)).status()).isEqualTo(404);
        assertThat(put("/api/v1/groups/" + presales + "/wrap-up", admin, Map.of("mode", "REQUIRED", "timeLimitSeconds", 90)).status())
                .isEqualTo(200);
        assertThat(get("/api/v1/groups/" + presales + "/wrap-up", alice, JsonNode.class).path("timeLimitSeconds").asInt()).isEqualTo(90);
    }

    private void require(int seconds) {
        ApiResponse set = put("/api/v1/groups/" + groupId("售前 Pre-sales") + "/wrap-up", admin, Map.of("mode", "REQUIRED", "timeLimitSeconds", seconds));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private String status(long conversationId) {
        return api.get("/api/v1/conversations/" + conversationId, admin).json().path("status").asText();
    }

    private long category(String name) {
        return Arrays.stream(get("/api/v1/wrap-up/categories", admin, WrapUpCategory[].class)).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long groupId(String name) {
        JsonNode groups = api.get("/api/v1/groups", admin).json();
        return StreamSupport.stream(groups.spliterator(), false).filter(g -> g.path("name").asText().equals(name)).findFirst().orElseThrow()
                .path("id").asLong();
    }

    private <T> T get(String path, String token, Class<T> type) {
        ApiResponse response = api.get(path, token);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.as(type);
    }

    private ApiResponse put(String path, String token, Object body) {
        try {
            return api.send("PUT", path, token, Json.mapper().writeValueAsString(body), ApiClient.JSON);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
