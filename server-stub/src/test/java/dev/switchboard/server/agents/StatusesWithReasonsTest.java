package dev.switchboard.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Away reasons administrators configure, agents pick and supervisors set, and the time each agent spends in each status. */
class StatusesWithReasonsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String aliceToken = backend.token("alice");
    final String carolToken = backend.token("carol");
    final String adminToken = backend.token("admin");
    final long aliceId = api.get("/api/v1/auth/me", aliceToken).json().path("id").asLong();

    @Test
    void theDemoOffersItsAwayReasonsAndAnAgentPicksOne() {
        JsonNode reasons = api.get("/api/v1/away-reasons", aliceToken).json();
        assertThat(reasons.findValuesAsText("nameZh")).containsExactly("小休", "用餐", "培训", "会议");
        long meal = reasonId(reasons, "用餐");
        try (SocketClient alice = online(aliceToken)) {
            set(alice, new StatusChange(AgentStatus.AWAY, meal));

            JsonNode me = api.get("/api/v1/agents/" + aliceId, carolToken).json();
            assertThat(me.path("status").asText()).isEqualTo("AWAY");
            assertThat(me.path("statusReasonId").asLong()).isEqualTo(meal);

            set(alice, new StatusChange(AgentStatus.ONLINE, meal));
            assertThat(api.get("/api/v1/agents/" + aliceId, carolToken).json().path("statusReasonId").isNull())
                    .as("a reason explains AWAY only").isTrue();
            String ref = alice.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY, 999L));
            assertThat(alice.await(e -> e.type().equals(MessageTypes.ERROR) && ref.equals(e.payload().path("ref").asText()), "refusal")
                    .payload().path("problem").path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void theTimeInEachStatusAndReasonIsReportedPerAgentForAPeriod() {
        Instant from = backend.clock().instant();
        long meeting = reasonId(api.get("/api/v1/away-reasons", aliceToken).json(), "会议");
        try (SocketClient alice = online(aliceToken)) {
            backend.clock().advance(Duration.ofMinutes(10));
            set(alice, new StatusChange(AgentStatus.AWAY, meeting));
            backend.clock().advance(Duration.ofMinutes(5));
        }
        Polling.await("alice shows offline").until(() -> "OFFLINE".equals(api.get("/api/v1/agents/" + aliceId, carolToken).json().path("status").asText()));
        backend.clock().advance(Duration.ofMinutes(1));
        Instant to = backend.clock().instant().plus(Duration.ofHours(1));

        JsonNode report = api.get("/api/v1/reports/agent-status?from=" + from + "&to=" + to, carolToken).json();

        assertThat(seconds(report, "ONLINE", null)).isEqualTo(600);
        assertThat(seconds(report, "AWAY", meeting)).isEqualTo(300);
        assertThat(seconds(report, "OFFLINE", null)).as("counted up to now, not to the end of the period").isEqualTo(60);
        assertThat(report.path("reasons").findValuesAsText("name")).contains("Meeting");
        assertThat(api.get("/api/v1/reports/agent-status?from=" + from + "&to=" + to, aliceToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/agent-status?from=" + to + "&to=" + from, carolToken).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reports/agent-status?from=yesterday&to=" + to, carolToken).status()).isEqualTo(400);
    }

    @Test
    void aSupervisorSetsAnAgentsStatusWithANoteInTheAuditLog() {
        long training = reasonId(api.get("/api/v1/away-reasons", aliceToken).json(), "培训");
        try (SocketClient alice = online(aliceToken)) {
            var response = api.send("PUT", "/api/v1/agents/" + aliceId + "/status", carolToken,
                    "{\"status\":\"AWAY\",\"reasonId\":" + training + ",\"note\":\"product training at 3\"}", ApiClient.JSON);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().path("status").asText()).isEqualTo("AWAY");
            assertThat(api.get("/api/v1/agents/" + aliceId, aliceToken).json().path("statusReasonId").asLong()).isEqualTo(training);
            JsonNode audit = StreamSupport.stream(api.get("/api/v1/audit?limit=1000", adminToken).json().spliterator(), false)
                    .filter(e -> e.path("action").asText().equals("agent.status")).reduce((a, b) -> b).orElseThrow();
            assertThat(audit.path("target").asText()).isEqualTo("agent:" + aliceId);
            assertThat(audit.path("detail").asText()).contains("status=AWAY", "product training at 3");

            assertThat(api.send("PUT", "/api/v1/agents/" + aliceId + "/status", aliceToken, "{\"status\":\"ONLINE\"}", ApiClient.JSON).status())
                    .isEqualTo(403);
            assertThat(api.send("PUT", "/api/v1/agents/" + aliceId + "/status", carolToken, "{\"status\":\"OFFLINE\"}", ApiClient.JSON).status())
                    .isEqualTo(400);
        }
    }

    @Test
    void administratorsAddRenameAndRetireReasons() {
        var created = api.post("/api/v1/away-reasons", adminToken, Map.of("name", "Coaching", "nameZh", "辅导"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("position").asInt()).isEqualTo(5);
        assertThat(api.post("/api/v1/away-reasons", aliceToken, Map.of("name", "Nap", "nameZh", "午睡")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/away-reasons", adminToken, Map.of("name", "Coaching", "nameZh", "辅导")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/away-reasons", adminToken, Map.of("name", " ", "nameZh", "辅导")).status()).isEqualTo(400);

        var stale = api.send("PUT", "/api/v1/away-reasons/" + id, adminToken,
                "{\"name\":\"Coaching\",\"nameZh\":\"辅导\",\"enabled\":false,\"version\":7}", ApiClient.JSON);
        assertThat(stale.status()).isEqualTo(409);
        var retired = api.send("PUT", "/api/v1/away-reasons/" + id, adminToken,
                "{\"name\":\"Coaching\",\"nameZh\":\"辅导\",\"enabled\":false,\"version\":1}", ApiClient.JSON);
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);

        assertThat(api.get("/api/v1/away-reasons", aliceToken).json().findValuesAsText("name")).doesNotContain("Coaching");
        assertThat(api.get("/api/v1/away-reasons", carolToken).json().findValuesAsText("name")).contains("Coaching");
        try (SocketClient alice = online(aliceToken)) {
            String ref = alice.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY, id));
            assertThat(alice.await(e -> e.type().equals(MessageTypes.ERROR) && ref.equals(e.payload().path("ref").asText()), "refusal")
                    .payload().path("problem").path("status").asInt()).as("a retired reason is not offered").isEqualTo(400);
        }
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private static void set(SocketClient socket, StatusChange change) {
        String ref = socket.send(MessageTypes.STATUS_SET, change);
        socket.await(e -> e.type().equals(MessageTypes.ACK) && ref.equals(e.payload().path("ref").asText()), "status " + change.status());
    }

    private static long reasonId(JsonNode reasons, String nameZh) {
        return StreamSupport.stream(reasons.spliterator(), false).filter(r -> r.path("nameZh").asText().equals(nameZh)).findFirst()
                .orElseThrow().path("id").asLong();
    }

    private long seconds(JsonNode report, String status, Long reasonId) {
        return StreamSupport.stream(report.path("durations").spliterator(), false)
                .filter(d -> d.path("agentId").asLong() == aliceId && d.path("status").asText().equals(status)
                        && (reasonId == null ? d.path("reasonId").isNull() : d.path("reasonId").asLong() == reasonId))
                .mapToLong(d -> d.path("seconds").asLong()).sum();
    }
}
