package dev.switchboard.server.push;

import static dev.switchboard.server.testing.Polling.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.push.PushWidgetMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pushes over HTTP to visitors speaking the widget protocol: who gets them, the caps, and the counts. */
class PushApiTest {

    static final String PRODUCTS = "{\"site\":\"default\",\"urlPattern\":\"*/products/*\"}";
    static final String CART = "{\"site\":\"default\",\"urlPattern\":\"*/cart\"}";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    String carol = backend.token("carol");
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void aCardReachesOnlyTheVisitorsOfTheSegmentAndTheirWidgetsReportWhatTheyDid() {
        try (VisitorClient onProduct = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/products/x2", "X2", null);
             VisitorClient inCart = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/cart", "Cart", null)) {
            await("both visitors counted").until(() -> preview(CART).path("matching").asInt() == 1
                    && preview(PRODUCTS).path("matching").asInt() == 1);

            ApiResponse sent = send(PRODUCTS, "CARD", "双十一特惠", "X2 净化器直降 300 元 <b>今天</b>", "https://cdn.example.cn/x2.png",
                    "https://shop.example.cn/promo?from=push");
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(sent.json().path("counts").path("sent").asInt()).isEqualTo(1);
            long id = sent.json().path("id").asLong();

            JsonNode card = onProduct.await(PushWidgetMessages.PUSH).payload();
            assertThat(card.path("pushId").asLong()).isEqualTo(id);
            assertThat(card.path("kind").asText()).isEqualTo("CARD");
            assertThat(card.path("text").asText()).as("text as it was written").isEqualTo("X2 净化器直降 300 元 <b>今天</b>");
            assertThat(card.path("linkUrl").asText()).isEqualTo("https://shop.example.cn/promo?from=push");

            // the cart visitor's first push is one sent to the cart afterwards: the card never went there
            long toCart = send(CART, "MESSAGE", null, "您的购物车里还有商品，需要帮忙吗？", null, null).json().path("id").asLong();
            assertThat(inCart.await(PushWidgetMessages.PUSH).payload().path("pushId").asLong()).isEqualTo(toCart);

            onProduct.send(PushWidgetMessages.SHOWN, new PushWidgetMessages.PushEvent(id));
            onProduct.send(PushWidgetMessages.CLICKED, new PushWidgetMessages.PushEvent(id));
            onProduct.send(PushWidgetMessages.CLICKED, new PushWidgetMessages.PushEvent(id));
            await("shown and clicked counted once each").until(() -> counts(id).path("clicked").asInt() == 1
                    && counts(id).path("shown").asInt() == 1);

            inCart.send(PushWidgetMessages.DISMISSED, new PushWidgetMessages.PushEvent(toCart));
            await("a dismissal counts it shown too").until(() -> counts(toCart).path("dismissed").asInt() == 1
                    && counts(toCart).path("shown").asInt() == 1);

            onProduct.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            onProduct.await(ChatMessages.STARTED);
            await("the chat it brought").until(() -> counts(id).path("chats").asInt() == 1);
            assertThat(counts(toCart).path("chats").asInt()).as("the cart visitor did not chat").isZero();
        }
    }

    @Test
    void theCapsHoldPerVisitorAndPerDayAndLiftAfterADay() {
        assertThat(api.send("PUT", "/api/v1/push/settings", carol, "{\"perVisitorPerDay\":1,\"perDay\":3}", ApiClient.JSON).status())
                .as("caps are the administrators'").isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/push/settings", admin, "{\"perVisitorPerDay\":1,\"perDay\":3}", ApiClient.JSON).status())
                .isEqualTo(200);
        try (VisitorClient first = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/products/a", "A", null);
             VisitorClient second = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/products/b", "B", null)) {
            await("both visitors counted").until(() -> preview(PRODUCTS).path("matching").asInt() == 2);

            assertThat(send(PRODUCTS, "MESSAGE", null, "第一条", null, null).json().path("counts").path("sent").asInt()).isEqualTo(2);
            assertThat(preview(PRODUCTS).path("reachable").asInt()).as("each had their one today").isZero();
            JsonNode capped = send(PRODUCTS, "MESSAGE", null, "第二条", null, null).json().path("counts");
            assertThat(capped.path("sent").asInt()).isZero();
            assertThat(capped.path("skipped").asInt()).isEqualTo(2);

            backend.clock().advance(Duration.ofHours(25));
            carol = backend.token("carol"); // a day later her session has ended
            JsonNode nextDay = send(PRODUCTS, "MESSAGE", null, "第三条", null, null).json().path("counts");
            assertThat(nextDay.path("sent").asInt()).as("a new day, but three a day in all").isEqualTo(2);

            try (VisitorClient third = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/products/c", "C", null)) {
                await("three visitors counted").until(() -> preview(PRODUCTS).path("matching").asInt() == 3);
                JsonNode lastOfTheDay = send(PRODUCTS, "MESSAGE", null, "第四条", null, null).json().path("counts");
                assertThat(lastOfTheDay.path("sent").asInt()).as("one left of the day's three").isEqualTo(1);
                assertThat(lastOfTheDay.path("skipped").asInt()).isEqualTo(2);
            }
        }
    }

    @Test
    void linksArePlainWebAddressesAndAMessageIsOnlyText() {
        ApiResponse script = send(PRODUCTS, "CARD", "Hi", "Hello", null, "javascript:alert(1)");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.isProblem()).isTrue();
        assertThat(script.json().path("errors").findValuesAsText("field")).containsExactly("linkUrl");

        assertThat(send(PRODUCTS, "CARD", "Hi", "Hello", "data:image/png;base64,AAAA", "/relative").json().path("errors")
                .findValuesAsText("field")).containsExactlyInAnyOrder("imageUrl", "linkUrl");
        assertThat(send(PRODUCTS, "CARD", "Hi", "Hello", null, "https://user:pw@shop.example.cn/").status()).as("no credentials").isEqualTo(400);
        assertThat(send(PRODUCTS, "MESSAGE", null, "Hello", null, "https://shop.example.cn/").json().path("errors")
                .findValuesAsText("field")).containsExactly("linkUrl");
        assertThat(send(PRODUCTS, "CARD", "", "", null, null).json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "text");
        assertThat(send("{\"site\":\"nowhere\"}", "MESSAGE", null, "Hello", null, null).json().path("errors")
                .findValuesAsText("field")).containsExactly("conditions.site");
        assertThat(api.post("/api/v1/push/messages", alice, Map.of("conditions", Map.of("site", "default"), "kind", "MESSAGE", "text", "hi"))
                .status()).as("agents send no pushes").isEqualTo(403);
    }

    @Test
    void segmentsAreSavedCheckedAndUsedByTheirId() {
        ApiResponse created = api.post("/api/v1/segments", carol, Map.of("name", " 中文回头客 ",
                "conditions", Map.of("site", "default", "returning", true, "language", "zh", "keyword", " ")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("name").asText()).isEqualTo("中文回头客");
        assertThat(created.json().path("conditions").has("keyword")).as("a blank condition is none").isFalse();
        long id = created.json().path("id").asLong();

        assertThat(api.get("/api/v1/segments", carol).json().findValuesAsText("name")).contains("中文回头客", "回头客 Returning visitors");
        assertThat(api.get("/api/v1/segments", alice).status()).isEqualTo(403);
        ApiResponse bad = api.post("/api/v1/segments", carol, Map.of("name", "", "conditions", Map.of("site", "nowhere")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactly("name");

        try (VisitorClient returning = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            String visitorId = returning.visitorId();
            String token = returning.token();
            returning.close();
            await("the first visit over").until(() -> api.get("/api/v1/visitors/" + visitorId, carol).body().contains("\"LEFT\""));
            backend.clock().advance(Duration.ofHours(1)); // a new visit after 30 minutes away
            try (VisitorClient back = VisitorClient.arrive(backend, visitorId, token, "https://shop.example.cn/", "Shop", null)) {
                await("the returning visitor in the segment").until(() -> api.post("/api/v1/push/preview", carol, Map.of("segmentId", id))
                        .json().path("matching").asInt() == 1);
                ApiResponse sent = api.post("/api/v1/push/messages", carol, Map.of("segmentId", id, "kind", "MESSAGE", "text", "欢迎回来！"));
                assertThat(sent.json().path("segmentName").asText()).isEqualTo("中文回头客");
                assertThat(back.await(PushWidgetMessages.PUSH).payload().path("text").asText()).isEqualTo("欢迎回来！");

                assertThat(api.send("DELETE", "/api/v1/segments/" + id, carol, null, null).status()).isEqualTo(204);
                assertThat(api.get("/api/v1/push/messages/" + sent.json().path("id").asLong(), carol).json().path("segmentName").asText())
                        .as("a push keeps the segment it went to").isEqualTo("中文回头客");
            }
        }
    }

    @Test
    void aReportOnAPushTheVisitorNeverGotIsRefused() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            String ref = visitor.socket().send(PushWidgetMessages.CLICKED, new PushWidgetMessages.PushEvent(999));
            Envelope error = visitor.socket().await(e -> WidgetMessages.ERROR.equals(e.type()) && ref.equals(e.payload().path("ref").asText()),
                    "the refusal");
            assertThat(error.payload().path("problem").path("status").asInt()).isEqualTo(404);
        }
    }

    private JsonNode preview(String conditions) {
        return api.send("POST", "/api/v1/push/preview", carol, "{\"conditions\":" + conditions + "}", ApiClient.JSON).json();
    }

    private JsonNode counts(long id) {
        return api.get("/api/v1/push/messages/" + id, carol).json().path("counts");
    }

    private ApiResponse send(String conditions, String kind, String title, String text, String imageUrl, String linkUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("text", text);
        body.put("imageUrl", imageUrl);
        body.put("linkUrl", linkUrl);
        try {
            body.put("conditions", dev.switchboard.shared.json.Json.mapper().readTree(conditions));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return api.post("/api/v1/push/messages", carol, body);
    }
}
