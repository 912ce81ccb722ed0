package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.infra.AdjustableClock;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.PostgresqlDatabase;
import dev.switchboard.server.testing.RoutingRulesFromScratch;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same migrations and SQL on PostgreSQL. Runs where {@code SWITCHBOARD_TEST_PG_URL} names a
 * server whose user may create databases ({@code .ci/start-postgres} starts one; CI sets it). The
 * whole backend suite runs there too, in the pom's PostgreSQL run; this one stays in the H2 run as
 * a quick first sign.
 */
@EnabledIfEnvironmentVariable(named = "SWITCHBOARD_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresCompatibilityTest {

    @TempDir
    Path data;

    @Test
    void theBackendRunsOnPostgresql() throws Exception {
        try (PostgresqlDatabase database = PostgresqlDatabase.create();
             TestBackend backend = TestBackend.start(ServerConfig.forTests(data).withJdbcUrl(database.url()).withClock(new AdjustableClock(Instant.now())))) {
            ApiClient api = backend.api();
            String admin = api.token("admin", TestBackend.PASSWORD);
            // the demo data holds changes the admin may not see (an agent's own canned replies): compare what follows it
            long start = api.get("/api/v1/sync?after=0&limit=1000", admin).as(ChangePage.class).next();
            assertThat(api.get("/api/v1/groups", admin).body()).contains("售前 Pre-sales");
            assertThat(api.post("/api/v1/agents", admin,
                    Map.of("login", "pg", "displayName", "Postgres 用户", "password", "pg-secret-1234", "role", "AGENT", "groupIds", java.util.List.of(1, 2)))
                    .status()).isEqualTo(201);
            String pg = api.token("pg", "pg-secret-1234");
            try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), pg)) {
                assertThat(socket.await(MessageTypes.WELCOME).payload().path("agent").path("groupIds").size()).isEqualTo(2);
            }

            RoutingRulesFromScratch.removeAll(api, admin);
            long rule = api.post("/api/v1/routing-rules", admin, Map.of("name", "Pricing", "groupId", 2, "urlPattern", "*/pricing/*",
                    "returning", true)).json().path("id").asLong();
            long catchAll = api.post("/api/v1/routing-rules", admin, Map.of("name", "Rest", "groupId", 1, "catchAll", true)).json().path("id").asLong();
            assertThat(api.send("PUT", "/api/v1/routing-rules/order", admin, "{\"ids\":[" + catchAll + "," + rule + "]}", ApiClient.JSON)
                    .json().findValuesAsText("name")).containsExactly("Rest", "Pricing");
            assertThat(api.send("PUT", "/api/v1/groups/1/members/1/skill", admin, "{\"skill\":9}", ApiClient.JSON).json()
                    .path("skills").path("1").asInt()).isEqualTo(9);

            backend.restart();

            ChangePage page = api.get("/api/v1/sync?after=" + start + "&limit=1000", admin).as(ChangePage.class);
            assertThat(page.changes()).extracting(change -> change.seq()).isNotEmpty()
                    .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, page.next()).boxed().toList());
            assertThat(api.get("/api/v1/auth/me", pg).json().path("displayName").asText()).isEqualTo("Postgres 用户");
            assertThat(api.get("/api/v1/routing-rules", admin).json().get(1).path("returning").asBoolean()).isTrue();
        }
    }
}
