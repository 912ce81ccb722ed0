package dev.switchboard.server.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvitationTest {

    static final String PRODUCT = "https://shop.example.cn/products/aurora-x1";
    static final String BAIDU = "https://www.baidu.com/s?wd=%E7%A9%BA%E6%B0%94%E5%87%80%E5%8C%96%E5%99%A8";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void anAgentInvitesAndTheVisitorsAnswersAreRecorded() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null)) {
            ApiResponse sent = api.post("/api/v1/visitors/" + visitor.visitorId() + "/invitations", alice,
                    Map.of("message", "您好，需要帮您挑选型号吗？", "forced", false));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            long id = sent.json().path("id").asLong();

            Envelope invitation = visitor.await(WidgetMessages.INVITATION);
            assertThat(invitation.payload().path("message").asText()).isEqualTo("您好，需要帮您挑选型号吗？");
            assertThat(invitation.payload().path("agentName").asText()).isEqualTo("Alice 王丽");
            assertThat(invitation.payload().path("forced").asBoolean()).isFalse();
            assertThat(statusOf(visitor.visitorId())).isEqualTo("INVITED");
            assertThat(api.post("/api/v1/visitors/" + visitor.visitorId() + "/invitations", alice, Map.of("message", "again")).status())
                    .as("one open invitation at a time").isEqualTo(409);

            visitor.send(WidgetMessages.INVITATION_SHOWN, new WidgetMessages.InvitationResponse(id));
            visitor.send(WidgetMessages.INVITATION_DECLINED, new WidgetMessages.InvitationResponse(id));
            awaitStatus(visitor.visitorId(), "BROWSING");
            assertThat(outcomeOf(id)).isEqualTo("DECLINED");
        }
    }

    @Test
    void anInvitationWithoutAMessageGreetsTheVisitorInTheVisitorsLanguage() {
        try (VisitorClient chinese = VisitorClient.arriveSpeaking(backend, "zh-CN", PRODUCT);
             VisitorClient english = VisitorClient.arriveSpeaking(backend, "en-US", PRODUCT)) {
            Map<String, Object> noMessage = new HashMap<>();
            noMessage.put("message", null);
            noMessage.put("forced", false);
            ApiResponse toChinese = api.post("/api/v1/visitors/" + chinese.visitorId() + "/invitations", alice, noMessage);
            assertThat(toChinese.status()).as(toChinese.body()).isEqualTo(201);
            assertThat(toChinese.json().path("message").asText()).isEqualTo("您好！请问有什么可以帮您？");
            assertThat(chinese.await(WidgetMessages.INVITATION).payload().path("message").asText()).isEqualTo("您好！请问有什么可以帮您？");

            ApiResponse toEnglish = api.post("/api/v1/visitors/" + english.visitorId() + "/invitations", alice, Map.of("forced", false));
            assertThat(toEnglish.status()).as(toEnglish.body()).isEqualTo(201);
            assertThat(english.await(WidgetMessages.INVITATION).payload().path("message").asText())
                    .isEqualTo("Hello! Can I help you with anything?");
        }
    }

    @Test
    void aForcedInvitationSaysSo() {
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null)) {
            api.post("/api/v1/visitors/" + visitor.visitorId() + "/invitations", alice, Map.of("message", "Hi!", "forced", true));
            assertThat(visitor.await(WidgetMessages.INVITATION).payload().path("forced").asBoolean()).isTrue();
        }
    }

    @Test
    void invitingSomeoneWhoLeftOrAnUnknownVisitorIsRefused() {
        String id;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null)) {
            id = visitor.visitorId();
        }
        awaitStatus(id, "LEFT");
        assertThat(api.post("/api/v1/visitors/" + id + "/invitations", alice, Map.of("message", "Hi")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/visitors/nobody/invitations", alice, Map.of("message", "Hi")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/visitors/" + id + "/invitations", alice, Map.of("message", "")).status()).isEqualTo(400);
    }

    @Test
    void aRuleInvitesAfterTimeOnPageOnlyWhileTheGroupHasAFreeAgentAndOncePerCooldown() {
        ApiResponse rule = api.post("/api/v1/invitation-rules", admin, rule(Map.of("minSecondsOnPage", 30, "engine", "baidu", "keyword", "净化器")));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);

        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", BAIDU)) {
            backend.clock().advance(Duration.ofSeconds(31));
            backend.server().runInvitationRulesNow();
            assertThat(statusOf(visitor.visitorId())).as("nobody of the group is online").isEqualTo("BROWSING");

            try (SocketClient workstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
                workstation.await(MessageTypes.WELCOME);
                backend.server().runInvitationRulesNow();
                Envelope invitation = visitor.await(WidgetMessages.INVITATION);
                assertThat(invitation.payload().path("agentName").asText()).isEqualTo("售前 Pre-sales");
                long id = invitation.payload().path("invitationId").asLong();
                visitor.send(WidgetMessages.INVITATION_DECLINED, new WidgetMessages.InvitationResponse(id));
                awaitStatus(visitor.visitorId(), "BROWSING");

                backend.clock().advance(Duration.ofMinutes(5));
                backend.server().runInvitationRulesNow();
                assertThat(statusOf(visitor.visitorId())).as("within the 60-minute cooldown").isEqualTo("BROWSING");

                backend.clock().advance(Duration.ofMinutes(56));
                backend.server().runInvitationRulesNow();
                assertThat(visitor.await(WidgetMessages.INVITATION).payload().path("invitationId").asLong()).isNotEqualTo(id);
            }
        }
    }

    @Test
    void rulesRunAtOnceOnSeveralThreadsInviteAVisitorOnce() throws Exception {
        api.post("/api/v1/invitation-rules", admin, rule(Map.of("minSecondsOnPage", 30, "engine", "baidu")));
        try (SocketClient workstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", BAIDU)) {
            workstation.await(MessageTypes.WELCOME);
            backend.clock().advance(Duration.ofSeconds(31));
            // the one-second timer, a page view and a test all evaluate the rules: at the same moment
            // for the same visitor they must not both see "not invited yet"
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(threads.submit(() -> {
                        start.await();
                        backend.server().runInvitationRulesNow();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            long id = visitor.await(WidgetMessages.INVITATION).payload().path("invitationId").asLong();
            // ids are given in order on a backend of this test's own: a second invitation is next to the first
            assertThat(api.get("/api/v1/invitations/" + (id + 1), alice).status()).as("a second invitation").isEqualTo(404);
            assertThat(api.get("/api/v1/invitations/" + (id - 1), alice).status()).as("an earlier invitation").isEqualTo(404);
        }
    }

    @Test
    void aRuleThatDoesNotMatchTheSourceStaysQuiet() {
        api.post("/api/v1/invitation-rules", admin, rule(Map.of("engine", "google")));
        try (SocketClient workstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", BAIDU)) {
            workstation.await(MessageTypes.WELCOME);
            backend.server().runInvitationRulesNow();
            assertThat(statusOf(visitor.visitorId())).isEqualTo("BROWSING");
        }
    }

    @Test
    void rulesAreValidatedAndOnlyAdminsEditThem() {
        ApiResponse bad = api.post("/api/v1/invitation-rules", admin, Map.of("name", "", "site", "nowhere", "groupId", 999, "message", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsText("field")).contains("name", "site", "groupId", "message");
        assertThat(api.post("/api/v1/invitation-rules", alice, rule(Map.of())).status()).isEqualTo(403);
        String carol = api.token("carol", TestBackend.PASSWORD);
        assertThat(api.get("/api/v1/invitation-rules", carol).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/invitation-rules", alice).status()).isEqualTo(403);
    }

    @Test
    void aVisitorCannotAnswerSomeoneElsesInvitation() {
        try (VisitorClient invited = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null);
             VisitorClient other = VisitorClient.arrive(backend, null, null, PRODUCT, "X1", null)) {
            long id = api.post("/api/v1/visitors/" + invited.visitorId() + "/invitations", alice, Map.of("message", "Hi"))
                    .json().path("id").asLong();
            other.send(WidgetMessages.INVITATION_ACCEPTED, new WidgetMessages.InvitationResponse(id));
            assertThat(other.await(WidgetMessages.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(404);
            assertThat(outcomeOf(id)).isEqualTo("SENT");
        }
    }

    private Map<String, Object> rule(Map<String, Object> conditions) {
        Map<String, Object> rule = new HashMap<>(Map.of("name", "Baidu shoppers", "site", "default", "groupId", 1,
                "message", "在找净化器吗？我们可以帮您挑选。", "cooldownMinutes", 60));
        rule.putAll(conditions);
        return rule;
    }

    private String statusOf(String visitorId) {
        return api.get("/api/v1/visitors/" + visitorId, alice).json().path("visitor").path("status").asText();
    }

    private void awaitStatus(String visitorId, String status) {
        Polling.await(visitorId + " " + status).until(() -> statusOf(visitorId), status::equals);
    }

    private String outcomeOf(long invitationId) {
        JsonNode invitations = api.get("/api/v1/invitations/" + invitationId, alice).json();
        return invitations.path("outcome").asText();
    }
}
