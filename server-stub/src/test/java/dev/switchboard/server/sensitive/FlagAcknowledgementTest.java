package dev.switchboard.server.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A supervisor acknowledges a visitor's flagged message: stored with the flag (the backend restarted
 * still knows which flags wait and who looked at the others), audited, and told to everyone who
 * heard of the flag, a supervisor watching the chat included; supervisors of other groups may not.
 */
class FlagAcknowledgementTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");

    @BeforeEach
    void words() {
        assertThat(api.send("PUT", "/api/v1/sensitive-words", admin, "{\"agentMode\":\"CONFIRM\",\"words\":[\"微信号\",\"scam\"]}",
                ApiClient.JSON).status()).isEqualTo(200);
    }

    @Test
    void theAcknowledgementIsStoredToldToEveryoneWhoHeardOfTheFlagAndSurvivesARestart() {
        long id;
        long acknowledgedSeq;
        long waitingSeq;
        try (SocketClient desk = online(alice); SocketClient supervisor = online(carol); SocketClient watcher = online(admin);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing", null)) {
            supervisor.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
            supervisor.await(MessageTypes.ACK);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            desk.await(ChatMessages.ASSIGNED);
            // the administrator is in no group: they hear of the chat's flags because they watch it
            String watching = watcher.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            watcher.await(e -> e.type().equals(MessageTypes.ACK) && watching.equals(e.payload().path("ref").asText()), "watching");

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "加我微信号吧", null));
            acknowledgedSeq = supervisor.await(SensitiveWordFlag.FLAGGED).payload().path("seq").asLong();
            assertThat(watcher.await(SensitiveWordFlag.FLAGGED).payload().path("seq").asLong()).as("the watcher is told").isEqualTo(acknowledgedSeq);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-2", "this is a scam", null));
            waitingSeq = supervisor.await(SensitiveWordFlag.FLAGGED).payload().path("seq").asLong();
            assertThat(waiting(carol)).containsExactly(waitingSeq, acknowledgedSeq);

            JsonNode acknowledged = api.post(flag(id, acknowledgedSeq), carol, Map.of()).json();
            assertThat(acknowledged.path("acknowledgedBy").asLong()).isEqualTo(idOf(carol));
            assertThat(acknowledged.path("acknowledgedByName").asText()).isEqualTo("Carol 陈静");
            assertThat(acknowledged.path("acknowledgedAt").isNull()).isFalse();
            for (SocketClient told : List.of(desk, watcher, supervisor)) {
                JsonNode news = told.await(SensitiveWordFlag.ACKNOWLEDGED).payload();
                assertThat(news.path("seq").asLong()).isEqualTo(acknowledgedSeq);
                assertThat(news.path("acknowledgedByName").asText()).isEqualTo("Carol 陈静");
            }
            assertThat(api.post(flag(id, acknowledgedSeq), admin, Map.of()).json().path("acknowledgedByName").asText())
                    .as("acknowledged again: as the first time").isEqualTo("Carol 陈静");
            assertThat(audits("sensitive-flag.acknowledge")).as("audited once").hasSize(1);
        }

        backend.restart();

        assertThat(waiting(carol)).as("the flag still waiting, after a restart").containsExactly(waitingSeq);
        JsonNode flags = api.get("/api/v1/sensitive-word-flags?conversationId=" + id, admin).json();
        JsonNode first = StreamSupport.stream(flags.spliterator(), false).filter(f -> f.path("seq").asLong() == acknowledgedSeq).findFirst()
                .orElseThrow();
        assertThat(first.path("acknowledgedByName").asText()).isEqualTo("Carol 陈静");
        assertThat(api.post(flag(id, 999), carol, Map.of()).status()).as("no such flag").isEqualTo(404);
    }

    @Test
    void aSupervisorOfOtherGroupsNeitherSeesNorAcknowledgesTheFlag() {
        long aftersales = StreamSupport.stream(api.get("/api/v1/groups", admin).json().spliterator(), false)
                .filter(group -> group.path("name").asText().equals("售后 After-sales")).findFirst().orElseThrow().path("id").asLong();
        assertThat(api.post("/api/v1/agents", admin, Map.of("login", "dora", "displayName", "Dora 赵敏", "password", "dora-supervises-1",
                "role", "SUPERVISOR", "groupIds", List.of(aftersales), "maxChats", 5)).status()).isEqualTo(201);
        String dora = api.token("dora", "dora-supervises-1");
        try (SocketClient desk = online(alice); SocketClient supervisor = online(carol);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing", null)) {
            supervisor.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
            supervisor.await(MessageTypes.ACK);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            desk.await(ChatMessages.ASSIGNED);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "scam!", null));
            long seq = supervisor.await(SensitiveWordFlag.FLAGGED).payload().path("seq").asLong();

            assertThat(api.post(flag(id, seq), dora, Map.of()).status()).isEqualTo(403);
            assertThat(waiting(dora)).isEmpty();
            assertThat(api.post(flag(id, seq), alice, Map.of()).status()).as("agents do not acknowledge").isEqualTo(403);
            assertThat(waiting(carol)).containsExactly(seq);
        }
    }

    private static String flag(long conversationId, long seq) {
        return "/api/v1/sensitive-word-flags/" + conversationId + "/" + seq + "/acknowledgement";
    }

    /** The seq of each flag the reader may see that waits for a look, newest first. */
    private List<Long> waiting(String token) {
        return StreamSupport.stream(api.get("/api/v1/sensitive-word-flags?acknowledged=false", token).json().spliterator(), false)
                .map(flag -> flag.path("seq").asLong()).toList();
    }

    private List<JsonNode> audits(String action) {
        return StreamSupport.stream(api.get("/api/v1/audit?limit=1000", admin).json().spliterator(), false)
                .filter(e -> action.equals(e.path("action").asText())).toList();
    }

    private long idOf(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asLong();
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
