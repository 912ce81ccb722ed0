package dev.switchboard.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A role, group or enabled change made by an administrator takes effect on sockets that are
 * already open, not only on the next REST call or login.
 */
class AccountChangeOnSocketTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void aDemotedSupervisorStopsWatchingReadingNotesAndWhisperingAtOnce() {
        try (SocketClient alice = online(api.token("alice", TestBackend.PASSWORD));
             SocketClient carol = online(api.token("carol", TestBackend.PASSWORD));
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            alice.await(ChatMessages.ASSIGNED);
            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "n-1", "customer sounds upset", true));
            awaitAck(alice, "n-1");
            String watching = carol.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            // the watch answers with the chat so far and then its ack, and nothing of the chat so far comes after the ack
            AtomicBoolean note = new AtomicBoolean();
            AtomicBoolean answered = new AtomicBoolean();
            carol.await(e -> {
                note.compareAndSet(false, isMessage(e, "n-1"));
                answered.compareAndSet(false, e.type().equals("ack") && e.payload().path("ref").asText().equals(watching));
                return note.get() && answered.get();
            }, "the note while she is a supervisor, and the watch answered");

            assertThat(api.patch("/api/v1/agents/" + idOf("carol"), admin, Map.of("role", "AGENT")).status()).isEqualTo(200);

            alice.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "n-2", "second note, after the demotion", true));
            awaitAck(alice, "n-2");
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-2", "还在吗？", null));
            alice.await(e -> isMessage(e, "v-2"), "the visitor's message");

            // whatever was published to carol went out before alice heard it; each refusal below is a round trip after that
            List<Envelope> seen = new ArrayList<>();
            String whisper = carol.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "w-1", "offer a label", true));
            assertThat(refusal(carol, whisper, seen)).as("whispering").isEqualTo(403);
            String watch = carol.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            assertThat(refusal(carol, watch, seen)).as("watching again").isEqualTo(403);
            String resume = carol.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 0));
            assertThat(refusal(carol, resume, seen)).as("reading the chat and its notes").isEqualTo(403);
            // the watch's ack came after the chat so far, each line once: any line here reached her after the demotion
            assertThat(seen).as("no message or note of the chat she watched reaches her any more")
                    .noneMatch(e -> e.type().equals(ChatMessages.MESSAGE));
            // told before the administrator's change was answered, so before anything above
            assertThat(seen).as("the workstation learns its new role")
                    .anyMatch(e -> e.type().equals(MessageTypes.ACCOUNT_CHANGED) && e.payload().path("role").asText().equals("AGENT"));
        }
    }

    @Test
    void theChangeFeedOfAMemberRemovedFromAGroupStopsCarryingTheGroupsCannedReplies() {
        long vip = groupId("VIP");
        long presales = groupId("售前 Pre-sales");
        String carol = api.token("carol", TestBackend.PASSWORD);
        try (SocketClient alice = online(api.token("alice", TestBackend.PASSWORD))) {
            alice.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
            alice.await(MessageTypes.SYNC_CAUGHT_UP);

            assertThat(api.patch("/api/v1/agents/" + idOf("alice"), admin, Map.of("groupIds", List.of(presales))).status()).isEqualTo(200);
            assertThat(api.post("/api/v1/canned-replies", carol, Map.of("groupId", vip, "shortcut", "vip", "title", "VIP", "body", "尊敬的会员"))
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/v1/canned-replies", carol, Map.of("groupId", presales, "shortcut", "hi", "title", "Hi", "body", "您好"))
                    .status()).isEqualTo(201);

            // the change feed is in order: the presales reply comes after the VIP one would have
            List<Envelope> seen = new ArrayList<>();
            alice.await(e -> {
                seen.add(e);
                return e.type().equals(MessageTypes.CHANGE) && "hi".equals(e.payload().path("data").path("shortcut").asText());
            }, "the presales reply");
            assertThat(seen).noneMatch(e -> e.type().equals(MessageTypes.CHANGE) && "vip".equals(e.payload().path("data").path("shortcut").asText()));
        }
    }

    @Test
    void aMemberRemovedFromAGroupLosesItsOfferAtOnce() {
        String aliceToken = api.token("alice", TestBackend.PASSWORD);
        api.send("PUT", "/api/v1/me/chat-preferences", aliceToken, "{\"autoAccept\":false}", ApiClient.JSON);
        try (SocketClient alice = online(aliceToken);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            visitor.await(ChatMessages.STARTED);
            JsonNode offered = alice.await(ChatMessages.OFFER).payload().path("conversation");
            long group = offered.path("groupId").asLong();
            List<Long> others = new ArrayList<>();
            api.get("/api/v1/agents/" + idOf("alice"), admin).json().path("groupIds").forEach(g -> {
                if (g.asLong() != group) {
                    others.add(g.asLong());
                }
            });

            assertThat(api.patch("/api/v1/agents/" + idOf("alice"), admin, Map.of("groupIds", others)).status()).isEqualTo(200);

            assertThat(alice.await(ChatMessages.OFFER_WITHDRAWN).payload().path("conversationId").asLong())
                    .isEqualTo(offered.path("id").asLong());
            String accept = alice.send(ChatMessages.ACCEPT, new ChatMessages.Accept(offered.path("id").asLong()));
            assertThat(refusal(alice, accept, new ArrayList<>())).isEqualTo(409);
        }
    }

    @Test
    void aDemotedSupervisorSeesOnlyTheQueuesOfHerGroups() {
        long presales = groupId("售前 Pre-sales");
        try (SocketClient carol = online(api.token("carol", TestBackend.PASSWORD))) {
            assertThat(carol.await(ChatMessages.QUEUE).payload().path("groups")).as("a supervisor sees every group").hasSize(3);

            assertThat(api.patch("/api/v1/agents/" + idOf("carol"), admin, Map.of("role", "AGENT", "groupIds", List.of(presales)))
                    .status()).isEqualTo(200);
            // a workstation gets the queues at most once a second
            backend.clock().advance(Duration.ofSeconds(1));

            JsonNode groups = carol.await(ChatMessages.QUEUE).payload().path("groups");
            assertThat(groups).hasSize(1);
            assertThat(groups.get(0).path("groupId").asLong()).isEqualTo(presales);
        }
    }

    @Test
    void disablingAnAccountClosesItsOpenSocket() {
        try (SocketClient bob = online(api.token("bob", TestBackend.PASSWORD))) {
            assertThat(api.patch("/api/v1/agents/" + idOf("bob"), admin, Map.of("enabled", false)).status()).isEqualTo(200);

            bob.await(MessageTypes.SESSION_ENDED);
            assertThat(bob.closeCode()).isEqualTo(AgentSocket.CLOSE_SESSION_ENDED);
        }
    }

    /** The status of the error answering {@code ref}; what came before it is added to {@code seen}. */
    private static int refusal(SocketClient socket, String ref, List<Envelope> seen) {
        Envelope error = socket.await(e -> {
            seen.add(e);
            return e.type().equals(MessageTypes.ERROR) && ref.equals(e.payload().path("ref").asText())
                    || e.type().equals(MessageTypes.ACK) && ref.equals(e.payload().path("ref").asText());
        }, "the answer to " + ref);
        seen.remove(error);
        assertThat(error.type()).as("refused, not acknowledged").isEqualTo(MessageTypes.ERROR);
        return error.payload().path("problem").path("status").asInt();
    }

    private static boolean isMessage(Envelope envelope, String clientId) {
        return envelope.type().equals(ChatMessages.MESSAGE) && clientId.equals(envelope.payload().path("clientId").asText());
    }

    private static void awaitAck(SocketClient socket, String clientId) {
        socket.await(e -> e.type().equals(ChatMessages.ACK) && clientId.equals(e.payload().path("clientId").asText()), "ack of " + clientId);
    }

    private long idOf(String login) {
        for (JsonNode agent : api.get("/api/v1/agents", admin).json()) {
            if (agent.path("login").asText().equals(login)) {
                return agent.path("id").asLong();
            }
        }
        throw new AssertionError("no agent " + login);
    }

    private long groupId(String name) {
        for (JsonNode group : api.get("/api/v1/groups", admin).json()) {
            if (group.path("name").asText().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
