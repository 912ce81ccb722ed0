package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A chat started by answering an invitation: only an optional name is asked, the inviting agent
 * gets it when they can take it (the rules decide otherwise), and the invitation's text is the
 * chat's first line, stored for agents, the visitor and the history alike.
 */
class InvitedChatTest {

    static final String PAGE = "https://shop.example.cn/products/aurora-x1";
    static final String OFFER = "您好，我是售后的 Bob。滤网需要更换吗？";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");

    @Test
    void theInvitedVisitorNeedsNoFormAndGoesToTheInvitingAgentWithTheInvitationAsTheFirstLine() {
        // Alice is free too: only the invitation sends the chat to Bob
        try (SocketClient aliceDesk = desk(alice); SocketClient bobDesk = desk(bob);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            long invitation = invite(visitor.visitorId(), bob);
            visitor.await(WidgetMessages.INVITATION);
            visitor.send(WidgetMessages.INVITATION_ACCEPTED, new WidgetMessages.InvitationResponse(invitation));

            visitor.send(ChatMessages.START, new ChatMessages.Start(Map.of(), invitation));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();

            // Without a rule, chats go to Pre-sales (Alice's); Bob of After-sales invited, so Bob gets it.
            Envelope assigned = bobDesk.await(ChatMessages.ASSIGNED);
            assertThat(assigned.payload().path("id").asLong()).isEqualTo(id);
            assertThat(assigned.payload().path("groupId").asLong()).isEqualTo(groupOf("bob"));
            RoutingReasons routing = Json.mapper().convertValue(assigned.payload().path("routing"), RoutingReasons.class);
            assertThat(routing.ruleName()).isEqualTo("invitation");
            assertThat(routing.candidates()).filteredOn(RoutingReasons.Candidate::chosen).singleElement()
                    .satisfies(c -> assertThat(c.reason()).startsWith("invited the visitor"));

            MessagePage transcript = api.get("/api/v1/conversations/" + id + "/messages", bob).as(MessagePage.class);
            ChatMessage first = transcript.messages().get(0);
            assertThat(first.seq()).isEqualTo(1);
            assertThat(first.senderType()).isEqualTo(SenderType.AGENT);
            assertThat(first.senderAgentId()).isEqualTo(agentId(bob));
            assertThat(first.senderName()).isEqualTo("Bob 张伟");
            assertThat(first.body()).isEqualTo(OFFER);
            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 0));
            assertThat(visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && e.seq() == 1, "the first line").payload()
                    .path("body").asText()).as("the visitor's widget gets it as a stored line").isEqualTo(OFFER);
            assertThat(api.get("/api/v1/invitations/" + invitation, bob).json().path("outcome").asText()).isEqualTo("ACCEPTED");

            // An invitation starts one chat: once this one is over, the next needs the whole form.
            bobDesk.send(ChatMessages.END, new ChatMessages.End(id));
            visitor.socket().await(e -> e.type().equals(ChatMessages.ENDED), "ended");
            String refused = visitor.socket().send(ChatMessages.START, new ChatMessages.Start(Map.of(), invitation));
            Envelope error = visitor.socket().await(e -> e.type().equals(WidgetMessages.ERROR) && refused.equals(e.payload().path("ref").asText()),
                    "refusal");
            assertThat(error.payload().path("problem").path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void withTheInvitingAgentGoneTheRulesDecide() {
        try (SocketClient aliceDesk = desk(alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            long invitation;
            try (SocketClient bobDesk = desk(bob)) {
                invitation = invite(visitor.visitorId(), bob);
            }
            long bobId = agentId(bob);
            Polling.await("Bob offline").atMost(Duration.ofSeconds(10))
                    .until(() -> api.get("/api/v1/agents/" + bobId, alice).json().path("status").asText(), "OFFLINE"::equals);
            visitor.await(WidgetMessages.INVITATION);

            // a forced invitation the visitor simply answers: no "accepted" came first
            visitor.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "王先生"), invitation));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            JsonNode assigned = aliceDesk.await(ChatMessages.ASSIGNED).payload();
            assertThat(assigned.path("id").asLong()).isEqualTo(id);
            assertThat(assigned.path("prechat").path("name").asText()).isEqualTo("王先生");
            assertThat(assigned.path("routing").path("ruleName").asText()).isEqualTo("fallback");
            MessagePage transcript = api.get("/api/v1/conversations/" + id + "/messages", alice).as(MessagePage.class);
            assertThat(transcript.messages().get(0).body()).isEqualTo(OFFER);
            assertThat(transcript.messages().get(0).senderAgentId()).isEqualTo(bobId);
            assertThat(api.get("/api/v1/invitations/" + invitation, alice).json().path("outcome").asText()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void withoutAnInvitationOrWithSomeoneElsesTheWholeFormApplies() {
        try (VisitorClient invited = VisitorClient.arrive(backend, null, null, PAGE, "X1", null);
             VisitorClient other = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            long invitation = invite(invited.visitorId(), alice);
            for (ChatMessages.Start start : new ChatMessages.Start[] {new ChatMessages.Start(Map.of()),
                new ChatMessages.Start(Map.of(), invitation)}) {
                String ref = other.socket().send(ChatMessages.START, start);
                Envelope error = other.socket().await(e -> e.type().equals(WidgetMessages.ERROR) && ref.equals(e.payload().path("ref").asText()),
                        "refusal");
                assertThat(error.payload().path("problem").path("status").asInt()).isEqualTo(400);
                assertThat(error.payload().path("problem").path("errors").toString()).contains("prechat.question");
            }
        }
    }

    private SocketClient desk(String token) {
        SocketClient desk = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        desk.await(MessageTypes.WELCOME);
        return desk;
    }

    private long invite(String visitorId, String token) {
        ApiResponse sent = api.post("/api/v1/visitors/" + visitorId + "/invitations", token, Map.of("message", OFFER));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().path("id").asLong();
    }

    private long agentId(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asLong();
    }

    private long groupOf(String login) {
        String token = api.token(login, TestBackend.PASSWORD);
        return api.get("/api/v1/auth/me", token).json().path("groupIds").get(0).asLong();
    }
}
