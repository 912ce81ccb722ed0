package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Offers that wait for an agent's accept, their time-out, and visitors who wait too long. Time is moved, not waited for. */
class OfferAndWaitTest {

    static final String PAGE = "https://shop.example.cn/pricing";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String aliceToken = backend.token("alice");
    final String carolToken = backend.token("carol");

    @BeforeEach
    void start() {
        api.send("PUT", "/api/v1/me/chat-preferences", aliceToken, "{\"autoAccept\":false}", ApiClient.JSON);
    }

    @Test
    void anOfferNotAcceptedInTimeGoesToTheNextAgent() {
        try (SocketClient alice = online(aliceToken); SocketClient carol = online(carolToken); VisitorClient visitor = startChat()) {
            Envelope offer = alice.await(ChatMessages.OFFER);
            long id = offer.payload().path("conversation").path("id").asLong();
            assertThat(offer.payload().path("expiresAt").asText()).isEqualTo(backend.clock().instant().plusSeconds(30).toString());

            backend.clock().advance(Duration.ofSeconds(29));
            backend.server().drainChatQueueNow();
            backend.clock().advance(Duration.ofSeconds(2));
            backend.server().drainChatQueueNow();

            assertThat(alice.await(ChatMessages.OFFER_WITHDRAWN).payload().path("conversationId").asLong()).isEqualTo(id);
            assertThat(carol.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
            assertThat(api.get("/api/v1/conversations/" + id, carolToken).json().path("ownerId").asLong())
                    .isEqualTo(api.get("/api/v1/auth/me", carolToken).json().path("id").asLong());
        }
    }

    @Test
    void aWorkstationThatConnectsWhileAnOfferIsOpenGetsTheOfferAgainAndCanAcceptIt() {
        try (SocketClient first = online(aliceToken); VisitorClient visitor = startChat()) {
            Envelope offer = first.await(ChatMessages.OFFER);
            long id = offer.payload().path("conversation").path("id").asLong();
            first.drop(); // the network went away just after the offer came
            backend.clock().advance(Duration.ofSeconds(5));
            try (SocketClient again = online(aliceToken)) {
                Envelope repeated = again.await(ChatMessages.OFFER);
                assertThat(repeated.payload().path("conversation").path("id").asLong()).isEqualTo(id);
                assertThat(repeated.payload().path("expiresAt").asText()).as("the same deadline, not a new one")
                        .isEqualTo(offer.payload().path("expiresAt").asText());
                again.send(ChatMessages.ACCEPT, new ChatMessages.Accept(id));
                assertThat(again.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
            }
        }
    }

    @Test
    void anAcceptedOfferIsTheAgentsAndADeclinedOneMovesOn() {
        try (SocketClient alice = online(aliceToken); SocketClient carol = online(carolToken)) {
            VisitorClient first = startChat();
            long firstId = alice.await(ChatMessages.OFFER).payload().path("conversation").path("id").asLong();
            alice.send(ChatMessages.ACCEPT, new ChatMessages.Accept(firstId));
            Envelope accepted = alice.await(ChatMessages.ASSIGNED);
            assertThat(accepted.payload().path("id").asLong()).isEqualTo(firstId);
            assertThat(accepted.payload().path("routing").path("candidates").findValuesAsText("chosen")).as("the offer's reasons stay with the chat")
                    .contains("true");
            assertThat(first.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("ACTIVE"),
                    "served").payload().path("agentName").asText()).isEqualTo("Alice 王丽");

            VisitorClient second = startChat();
            long secondId = carol.await(ChatMessages.ASSIGNED).payload().path("id").asLong();
            VisitorClient third = startChat();
            long thirdId = alice.await(ChatMessages.OFFER).payload().path("conversation").path("id").asLong();
            alice.send(ChatMessages.DECLINE, new ChatMessages.Accept(thirdId));
            assertThat(carol.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(thirdId);
            assertThat(secondId).isNotEqualTo(thirdId);

            alice.send(ChatMessages.ACCEPT, new ChatMessages.Accept(thirdId));
            assertThat(alice.await(MessageTypes.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(409);
            first.close();
            second.close();
            third.close();
        }
    }

    @Test
    void withNobodyOnlineTheVisitorIsOfferedToLeaveAMessageWhichIsKept() {
        try (VisitorClient visitor = startChat()) {
            Envelope status = visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS), "queued");
            assertThat(status.payload().path("status").asText()).isEqualTo("QUEUED");
            assertThat(status.payload().path("leaveMessage").asBoolean()).isTrue();
            long id = status.payload().path("conversationId").asLong();

            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-offline", "请明天给我回电话 138 0000 0000", null));
            assertThat(visitor.await(ChatMessages.ACK).payload().path("seq").asLong()).isPositive();
            assertThat(api.get("/api/v1/conversations/" + id + "/messages", carolToken).json().path("messages").findValuesAsText("body"))
                    .contains("请明天给我回电话 138 0000 0000");
        }
    }

    @Test
    void aVisitorWhoWaitsLongerThanTheGroupAllowsIsOfferedToLeaveAMessage() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        long carolId = api.get("/api/v1/auth/me", carolToken).json().path("id").asLong();
        api.patch("/api/v1/agents/" + carolId, admin, Map.of("maxChats", 1));
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", admin, "{\"maxWaitSeconds\":120}", ApiClient.JSON).status()).isEqualTo(200);
        try (SocketClient carol = online(carolToken); VisitorClient busy = startChat()) {
            carol.await(ChatMessages.ASSIGNED);
            try (VisitorClient waiting = startChat()) {
                Envelope queued = waiting.socket().await(e -> e.type().equals(ChatMessages.STATUS), "queued");
                assertThat(queued.payload().path("position").asInt()).isEqualTo(1);
                assertThat(queued.payload().path("estimatedWaitSeconds").asInt()).isPositive();
                assertThat(queued.payload().path("leaveMessage").asBoolean()).isFalse();

                backend.clock().advance(Duration.ofSeconds(121));
                backend.server().drainChatQueueNow();
                assertThat(waiting.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("leaveMessage").asBoolean(),
                        "offered to leave a message")).isNotNull();
            }
        }
    }

    @Test
    void groupSettingsAreValidatedAndOnlyForAdmins() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", aliceToken, "{\"strategy\":\"ROUND_ROBIN\"}", ApiClient.JSON).status())
                .isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", admin, "{\"acceptTimeoutSeconds\":1}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", admin, "{\"strategy\":\"FASTEST\"}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/groups/1/chat-settings", admin, "{\"strategy\":\"SKILL\"}", ApiClient.JSON).json()
                .path("strategy").asText()).isEqualTo("SKILL");
        assertThat(api.get("/api/v1/groups/1/chat-settings", aliceToken).json().path("acceptTimeoutSeconds").asInt()).isEqualTo(30);
        assertThat(api.get("/api/v1/me/chat-preferences", aliceToken).json().path("autoAccept").asBoolean()).isFalse();
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    private VisitorClient startChat() {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        visitor.await(ChatMessages.STARTED);
        return visitor;
    }
}
