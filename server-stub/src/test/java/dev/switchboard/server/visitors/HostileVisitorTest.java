package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a hostile browser can send, and that a well-behaved visitor next to it never notices. */
class HostileVisitorTest {

    static final String PAGE = "https://shop.example.cn/";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    VisitorClient bystander;

    @BeforeEach
    void start() {
        bystander = VisitorClient.arrive(backend, null, null, PAGE, "Home", null);
    }

    @AfterEach
    void stop() {
        assertThat(bystander.socket().isClosed()).as("the well-behaved visitor is still connected").isFalse();
        bystander.close();
    }

    @Test
    void malformedMessagesCloseTheSocket() {
        VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn");
        page.socket().sendRaw("{not json");
        assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
    }

    @Test
    void anythingBeforeHelloClosesTheSocket() {
        VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn");
        page.send(WidgetMessages.HEARTBEAT, new WidgetMessages.Heartbeat(true));
        assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
    }

    @Test
    void aHelloWithABadPageIsRefused() {
        for (PageView bad : List.of(new PageView("javascript:alert(1)", "x", null, null, null),
                new PageView("https://shop.example.cn/" + "a".repeat(3000), "x", null, null, null))) {
            VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn");
            page.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null, bad));
            assertThat(page.await(WidgetMessages.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(400);
            assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
        }
    }

    @Test
    void unknownSitesAreRefused() {
        VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn");
        page.send(WidgetMessages.HELLO, new WidgetMessages.Hello("no-such-site", null, null, new PageView(PAGE, "x", null, null, null)));
        // as a page of an origin the site does not allow: the widget must not come back (a deleted site's pages would, forever)
        assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_BLOCKED);
    }

    @Test
    void floodsCloseTheSocket() {
        try (VisitorClient flooder = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            for (int i = 0; i < 80; i++) {
                flooder.send(WidgetMessages.HEARTBEAT, new WidgetMessages.Heartbeat(true));
            }
            assertThat(flooder.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
        }
    }

    @Test
    void oversizedMessagesCloseTheSocket() {
        try (VisitorClient page = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            page.socket().sendRaw("{\"type\":\"heartbeat\",\"payload\":{\"visible\":true},\"id\":\"" + "x".repeat(20_000) + "\"}");
            assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
        }
    }

    @Test
    void pagesOfOriginsTheSiteDoesNotAllowAreRefused() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        assertThat(api.send("PUT", "/api/v1/sites/default", admin, "{\"allowedOrigins\":[\"https://shop.example.cn\"]}", ApiClient.JSON)
                .status()).isEqualTo(200);

        VisitorClient evil = VisitorClient.open(backend, "https://evil.example.net");
        evil.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null, new PageView(PAGE, "x", null, null, null)));
        assertThat(evil.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_BLOCKED);

        try (VisitorClient allowed = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            assertThat(allowed.visitorId()).isNotBlank();
        }
    }

    @Test
    void theWidgetConfigAnswersCorsOnlyForAllowedOrigins() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        api.send("PUT", "/api/v1/sites/default", admin, "{\"allowedOrigins\":[\"https://shop.example.cn\"]}", ApiClient.JSON);

        var allowed = get("/api/v1/widget/config?site=default", "https://shop.example.cn");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.cn");
        var other = get("/api/v1/widget/config?site=default", "https://evil.example.net");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(api.get("/api/v1/widget/config?site=none", null).status()).isEqualTo(404);
    }

    @Test
    void sitesRefuseBadOrigins() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        var response = api.send("PUT", "/api/v1/sites/default", admin, "{\"allowedOrigins\":[\"shop.example.cn/path\"]}", ApiClient.JSON);
        assertThat(response.status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/sites/default", api.token("alice", TestBackend.PASSWORD),
                "{\"allowedOrigins\":[\"*\"]}", ApiClient.JSON).status()).isEqualTo(403);
    }

    private okhttp3.Response get(String path, String origin) {
        try (okhttp3.Response response = ApiClient.http().newCall(new okhttp3.Request.Builder()
                .url(backend.api().baseUrl() + path).header("Origin", origin).build()).execute()) {
            return response;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
