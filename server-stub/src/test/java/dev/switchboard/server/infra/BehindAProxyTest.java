package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend behind the reverse proxy operations.md recommends: requests reach it from
 * 127.0.0.1 and name the client in {@code X-Forwarded-For}. Throttling, blocks and regions must
 * tell the clients apart, and the header must count only when the proxy is trusted.
 */
class BehindAProxyTest {

    /** IP2Location LITE DB3 rows: 203.0.113.0/24 in Shanghai, 198.51.100.0/24 in Beijing. */
    static final String REGIONS = """
            "3325256704","3325256959","CN","China","Beijing","Beijing"
            "3405803776","3405804031","CN","China","Shanghai","Shanghai"
            """;
    static final String MALLORY = "203.0.113.66";
    static final String CUSTOMER = "198.51.100.7";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    @TempDir
    Path dir;
    ApiClient api;

    void start(String trustedProxies) throws IOException {
        Path regions = Files.writeString(dir.resolve("IP2LOCATION-LITE-DB3.CSV"), REGIONS);
        api = backend.start(config -> config.withRegionDatabase(regions).withTrustedProxies(TrustedProxies.parse(trustedProxies))).api();
    }

    @Test
    void tenWrongPasswordsFromOneClientDoNotLockOutAnother() throws IOException {
        start("127.0.0.1, ::1");
        ApiClient mallory = api.forwardedFor(MALLORY);
        for (int i = 0; i < 10; i++) {
            assertThat(mallory.login("guess" + i, "wrong-password").status()).isEqualTo(401);
        }
        assertThat(mallory.login("bob", TestBackend.PASSWORD).status()).as("the guessing address cools off").isEqualTo(429);

        assertThat(api.forwardedFor(CUSTOMER).login("bob", TestBackend.PASSWORD).status()).as("another client behind the same proxy")
                .isEqualTo(200);
    }

    @Test
    void retryAfterCountsDownToTheEndOfTheCoolingOff() throws IOException {
        start("127.0.0.1, ::1");
        ApiClient mallory = api.forwardedFor(MALLORY);
        for (int i = 0; i < 10; i++) {
            mallory.login("guess" + i, "wrong-password");
        }
        ApiResponse refused = mallory.login("bob", TestBackend.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).isEqualTo("900");

        backend.clock().advance(Duration.ofMinutes(5));
        assertThat(mallory.login("bob", TestBackend.PASSWORD).headers().get("Retry-After")).isEqualTo("600");

        backend.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(mallory.login("bob", TestBackend.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void blockingOneVisitorsAddressDoesNotBlockAnotherVisitor() throws IOException {
        start("127.0.0.1, ::1");
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (VisitorClient abusive = VisitorClient.arriveFrom(backend, MALLORY);
             VisitorClient customer = VisitorClient.arriveFrom(backend, CUSTOMER)) {
            ApiResponse blocked = api.post("/api/v1/blocks", alice, Map.of("visitorId", abusive.visitorId(), "reason", "spam", "blockIp", true));
            assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
            abusive.await(WidgetMessages.BLOCKED);

            try (VisitorClient sameAddress = VisitorClient.openFrom(backend, MALLORY);
                 VisitorClient customersNextPage = VisitorClient.arriveFrom(backend, CUSTOMER)) {
                sameAddress.socket().send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null,
                        new dev.switchboard.shared.visitors.PageView("https://shop.example.cn/", "Shop", null, "zh-CN", null)));
                assertThat(sameAddress.socket().closeCode()).as("a new identity from the blocked address").isEqualTo(WidgetMessages.CLOSE_BLOCKED);
                assertThat(customersNextPage.visitorId()).as("welcomed").isNotBlank();
            }
            assertThat(customer.socket().isClosed()).as("the other visitor's open page stays").isFalse();
        }
        String admin = api.token("admin", TestBackend.PASSWORD);
        assertThat(api.get("/api/v1/blocks", admin).json().get(0).path("ip").asText()).isEqualTo(MALLORY);
    }

    @Test
    void eachVisitorShowsTheRegionOfTheirOwnAddress() throws IOException {
        start("127.0.0.1, ::1");
        String alice = api.token("alice", TestBackend.PASSWORD);
        try (VisitorClient shanghai = VisitorClient.arriveFrom(backend, "203.0.113.9");
             VisitorClient beijing = VisitorClient.arriveFrom(backend, "198.51.100.200, 127.0.0.1")) {
            assertThat(region(alice, shanghai)).isEqualTo("Shanghai, China");
            assertThat(region(alice, beijing)).as("the proxy's own hop is skipped").isEqualTo("Beijing, China");
        }
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsIgnored() throws IOException {
        start("");
        for (int i = 0; i < 10; i++) {
            api.forwardedFor(MALLORY).login("guess" + i, "wrong-password");
        }
        assertThat(api.forwardedFor(CUSTOMER).login("bob", TestBackend.PASSWORD).status()).as("a claimed address changes nothing")
                .isEqualTo(429);
        backend.clock().advance(Duration.ofMinutes(16));

        String alice = api.token("alice", TestBackend.PASSWORD);
        try (VisitorClient claimsShanghai = VisitorClient.arriveFrom(backend, "203.0.113.9")) {
            assertThat(region(alice, claimsShanghai)).isEmpty();
        }
    }

    private String region(String token, VisitorClient visitor) {
        JsonNode detail = api.get("/api/v1/visitors/" + visitor.visitorId(), token).json();
        return detail.path("visitor").path("region").asText();
    }
}
