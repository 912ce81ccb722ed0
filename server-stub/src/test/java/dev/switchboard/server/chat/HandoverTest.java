package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Transfers to a colleague or a group, and colleagues brought in to assist. */
class HandoverTest {

    static final String PAGE = "https://shop.example.cn/help";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    SocketClient alice;
    SocketClient bob;
    VisitorClient visitor;
    long conversation;

    @BeforeEach
    void start() {
        alice = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("alice", TestBackend.PASSWORD));
        alice.await(MessageTypes.WELCOME);
        visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        conversation = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        alice.await(ChatMessages.ASSIGNED);
        bob = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token("bob", TestBackend.PASSWORD));
        bob.await(MessageTypes.WELCOME);
    }

    @AfterEach
    void stop() {
        visitor.close();
        alice.close();
        bob.close();
    }

    @Test
    void aTransferToAColleagueCarriesTheHistoryAndTheNote() {
        visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "v-1", "我的订单还没发货", null));
        visitor.await(ChatMessages.ACK);
        long bobId = api.get("/api/v1/auth/me", api.token("bob", TestBackend.PASSWORD)).json().path("id").asLong();

        alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, bobId, null, "order 1042, shipping question"));
        assertThat(bob.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(conversation);
        assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS), "new agent").payload().path("agentName").asText())
                .isEqualTo("Bob 张伟");

        bob.send(ChatMessages.RESUME, new ChatMessages.Resume(conversation, 0));
        var bodies = new java.util.ArrayList<String>();
        while (bodies.size() < 4) {
            bodies.add(bob.await(ChatMessages.MESSAGE).payload().path("body").asText());
        }
        assertThat(bodies).contains("我的订单还没发货", "order 1042, shipping question");

        String aliceToken = api.token("alice", TestBackend.PASSWORD);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/messages", aliceToken, Map.of("clientId", "a-9", "text", "still me"))
                .status()).as("the old owner has left").isEqualTo(403);
        visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(conversation, 0));
        var seenByVisitor = new java.util.ArrayList<String>();
        visitor.socket().await(e -> {
            if (e.type().equals(ChatMessages.MESSAGE)) {
                seenByVisitor.add(e.payload().path("body").asText());
            }
            return e.type().equals(ChatMessages.MESSAGE) && e.payload().path("body").asText().startsWith("The chat was transferred");
        }, "the replayed history up to the transfer");
        assertThat(seenByVisitor).contains("我的订单还没发货").doesNotContain("order 1042, shipping question");
        ChatMessage transferred = api.get("/api/v1/conversations/" + conversation + "/messages", api.token("bob", TestBackend.PASSWORD))
                .as(MessagePage.class).messages().stream().filter(m -> m.kind() == MessageKind.EVENT).reduce((a, b) -> b).orElseThrow();
        assertThat(transferred.event()).isEqualTo(ChatEvent.transferredToAgent("Bob 张伟"));
        assertThat(transferred.body()).isEqualTo("The chat was transferred to Bob 张伟");
    }

    @Test
    void aTransferToAGroupGoesToAFreeAgentOfThatGroup() {
        alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, null, 2L, null));
        assertThat(bob.await(ChatMessages.ASSIGNED).payload().path("groupId").asLong()).isEqualTo(2L);
    }

    @Test
    void aColleagueAssistsAndTheVisitorSeesWhoJoined() {
        long bobId = api.get("/api/v1/auth/me", api.token("bob", TestBackend.PASSWORD)).json().path("id").asLong();
        alice.send(ChatMessages.ASSIST, new ChatMessages.Assist(conversation, bobId));
        bob.await(ChatMessages.ASSIGNED);
        JsonNode joined = visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("body").asText().contains("joined to help"),
                "the assist event").payload();
        assertThat(joined.path("body").asText()).isEqualTo("Bob 张伟 joined to help");
        assertThat(joined.path("event").path("type").asText()).isEqualTo("ASSIST_JOINED");
        assertThat(joined.path("event").path("agentName").asText()).isEqualTo("Bob 张伟");

        bob.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, "b-1", "我来帮您查物流", null));
        assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && "b-1".equals(e.payload().path("clientId").asText()),
                "bob's message").payload().path("senderName").asText()).isEqualTo("Bob 张伟");
        assertThat(alice.await(e -> e.type().equals(ChatMessages.MESSAGE) && "b-1".equals(e.payload().path("clientId").asText()), "alice sees it"))
                .isNotNull();
    }

    @Test
    void afterATransferTheReceiverIsToldHowTheChatCameToThemNotHowItCameToTheFirstAgent() {
        long aliceId = api.get("/api/v1/auth/me", api.token("alice", TestBackend.PASSWORD)).json().path("id").asLong();
        long bobId = api.get("/api/v1/auth/me", api.token("bob", TestBackend.PASSWORD)).json().path("id").asLong();

        alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, bobId, null, "order 1042"));

        JsonNode routing = bob.await(ChatMessages.ASSIGNED).payload().path("routing");
        assertThat(routing.path("agentId").asLong()).as("the rules' decision was for alice").isEqualTo(aliceId);
        JsonNode history = routing.path("history");
        assertThat(history.get(0).path("type").asText()).isEqualTo("ROUTED");
        assertThat(history.get(0).path("agentId").asLong()).isEqualTo(aliceId);
        JsonNode latest = history.get(history.size() - 1);
        assertThat(latest.path("type").asText()).isEqualTo("TRANSFERRED");
        assertThat(latest.path("agentId").asLong()).isEqualTo(bobId);
        assertThat(latest.path("actorName").asText()).isEqualTo("Alice 王丽");
        assertThat(latest.path("note").asText()).isEqualTo("order 1042");
        JsonNode chosen = java.util.stream.StreamSupport.stream(routing.path("candidates").spliterator(), false)
                .filter(candidate -> candidate.path("chosen").asBoolean()).findFirst().orElseThrow();
        assertThat(chosen.path("code").asText()).as("reasons come as codes too, for the reader's language").isEqualTo("LEAST_LOADED");
        assertThat(chosen.path("params").path("kinds").asText()).isEqualTo("chats");
    }

    @Test
    void anAssistingColleagueIsToldTheyWereAskedToHelpAndMayNeitherEndNorTransferTheChat() {
        long bobId = api.get("/api/v1/auth/me", api.token("bob", TestBackend.PASSWORD)).json().path("id").asLong();
        alice.send(ChatMessages.ASSIST, new ChatMessages.Assist(conversation, bobId));
        JsonNode latest = bob.await(ChatMessages.ASSIGNED).payload().path("routing").path("history");
        assertThat(latest.get(latest.size() - 1).path("type").asText()).isEqualTo("ASSIST");
        assertThat(latest.get(latest.size() - 1).path("agentId").asLong()).isEqualTo(bobId);

        bob.send(ChatMessages.END, new ChatMessages.End(conversation));
        assertThat(bob.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(403);
        bob.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, null, 2L, null));
        assertThat(bob.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(403);
        assertThat(api.get("/api/v1/conversations/" + conversation, api.token("alice", TestBackend.PASSWORD)).json().path("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void onlyTheOwnerOrASupervisorHandsAChatOver() {
        bob.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, null, 2L, null));
        assertThat(bob.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(403);
        alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(conversation, 4L, null, null));
        assertThat(alice.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).as("admin is offline").isEqualTo(409);
    }
}
