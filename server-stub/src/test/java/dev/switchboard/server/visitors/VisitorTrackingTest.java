package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Visitors arrive through the widget's socket; agents see them over REST and live on their own socket. */
class VisitorTrackingTest {

    static final String BAIDU = "https://www.baidu.com/s?wd=%E7%A9%BA%E6%B0%94%E5%87%80%E5%8C%96%E5%99%A8";
    static final String PRODUCT = "https://shop.example.cn/products/aurora-x1";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void aPageViewReachesTheListWithItsSourceAndDevice() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "Aurora X1 空气净化器", BAIDU)) {
            JsonNode listed = awaitListed(visitor.visitorId(), v -> v.path("currentUrl").asText().equals(PRODUCT));

            assertThat(listed.path("currentTitle").asText()).isEqualTo("Aurora X1 空气净化器");
            assertThat(listed.path("source").path("channel").asText()).isEqualTo("SEARCH");
            assertThat(listed.path("source").path("engine").asText()).isEqualTo("baidu");
            assertThat(listed.path("source").path("keyword").asText()).isEqualTo("空气净化器");
            assertThat(listed.path("device").path("type").asText()).isEqualTo("desktop");
            assertThat(listed.path("device").path("browser").asText()).startsWith("Chrome");
            assertThat(listed.path("language").asText()).isEqualTo("zh-CN");
            assertThat(listed.path("status").asText()).isEqualTo("BROWSING");
            assertThat(listed.path("visitCount").asInt()).isEqualTo(1);
            assertThat(visitor.returning()).isFalse();
        }
    }

    @Test
    void workstationsGetASnapshotThenLiveBatches() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient first = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null)) {
            agent.send(MessageTypes.VISITORS_SUBSCRIBE, null);
            Envelope snapshot = agent.await(MessageTypes.VISITORS_SNAPSHOT);
            assertThat(snapshot.payload().path("upserts").findValuesAsText("id")).contains(first.visitorId());

            VisitorClient second = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing 价格", null);
            Envelope batch = agent.await(e -> e.type().equals(MessageTypes.VISITORS_BATCH)
                    && e.payload().path("upserts").findValuesAsText("id").contains(second.visitorId()), "a batch with the new visitor");
            assertThat(batch.payload().path("upserts").get(0).path("currentTitle").asText()).isNotBlank();

            second.close();
            agent.await(e -> e.type().equals(MessageTypes.VISITORS_BATCH) && e.payload().path("upserts").findValues("id").stream()
                    .anyMatch(id -> id.asText().equals(second.visitorId())) && e.payload().toString().contains("\"LEFT\""), "the visitor left");
        }
    }

    @Test
    void aReturningBrowserKeepsItsIdentityAndAStolenIdGetsANewOne() {
        String id;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", BAIDU)) {
            id = visitor.visitorId();
            token = visitor.token();
        }
        try (VisitorClient samePage = VisitorClient.arrive(backend, id, token, "https://shop.example.cn/cart", "Cart", PRODUCT)) {
            assertThat(samePage.visitorId()).isEqualTo(id);
            assertThat(samePage.returning()).as("the same visit goes on").isFalse();
        }
        awaitListed(id, v -> v.path("status").asText().equals("LEFT"));
        backend.clock().advance(Duration.ofMinutes(45));
        try (VisitorClient again = VisitorClient.arrive(backend, id, token, PRODUCT, "X1", null)) {
            assertThat(again.visitorId()).isEqualTo(id);
            assertThat(again.returning()).as("a second visit").isTrue();
        }
        try (VisitorClient thief = VisitorClient.arrive(backend, id, "not-the-token", PRODUCT, "X1", null)) {
            assertThat(thief.visitorId()).isNotEqualTo(id);
            assertThat(thief.returning()).isFalse();
        }
    }

    @Test
    void theTrailAndPastVisitsAreKept() {
        String id;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", BAIDU)) {
            id = visitor.visitorId();
            token = visitor.token();
            visitor.send(WidgetMessages.LEAVE, new WidgetMessages.Leave(42));
        }
        try (VisitorClient second = VisitorClient.arrive(backend, id, token, "https://shop.example.cn/pricing", "Pricing", PRODUCT)) {
            awaitListed(id, v -> v.path("pagesViewed").asInt() == 2);
        }
        awaitListed(id, v -> v.path("status").asText().equals("LEFT"));
        backend.clock().advance(Duration.ofMinutes(31));
        try (VisitorClient later = VisitorClient.arrive(backend, id, token, "https://shop.example.cn/", "Home", null)) {
            JsonNode listed = awaitListed(id, v -> v.path("visitCount").asInt() == 2);
            assertThat(listed.path("source").path("channel").asText()).isEqualTo("DIRECT");

            VisitorDetail detail = api.get("/api/v1/visitors/" + id, alice).as(VisitorDetail.class);
            assertThat(detail.trail()).extracting(entry -> entry.url()).containsExactly("https://shop.example.cn/");
            assertThat(detail.pastVisits()).hasSize(1);
            assertThat(detail.pastVisits().get(0).source().keyword()).isEqualTo("空气净化器");
            assertThat(detail.pastVisits().get(0).trail()).extracting(entry -> entry.url()).containsExactly(PRODUCT, "https://shop.example.cn/pricing");
            assertThat(detail.pastVisits().get(0).trail().get(0).seconds()).isEqualTo(42L);
        }
    }

    @Test
    void unknownVisitorsAre404() {
        assertThat(api.get("/api/v1/visitors/nobody-here", alice).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/visitors", null).status()).isEqualTo(401);
    }

    private JsonNode awaitListed(String visitorId, Predicate<JsonNode> condition) {
        return Polling.await("visitor " + visitorId + " listed as expected").until(() -> listed(visitorId),
                visitor -> visitor.isPresent() && condition.test(visitor.get())).orElseThrow();
    }

    private Optional<JsonNode> listed(String visitorId) {
        return StreamSupport.stream(api.get("/api/v1/visitors", alice).json().spliterator(), false)
                .filter(visitor -> visitor.path("id").asText().equals(visitorId)).findFirst();
    }
}
