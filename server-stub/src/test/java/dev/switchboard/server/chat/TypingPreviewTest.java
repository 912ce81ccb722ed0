package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The typing preview: off by default; once an administrator turns it on for a site, what a visitor
 * types reaches the chat's agents and the supervisors watching it, nobody else, within a rate and
 * a size, and is never stored.
 */
class TypingPreviewTest {

    static final String PAGE = "https://shop.example.cn/products/aurora-x1";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void offByDefaultADraftIsRefusedAndTheWidgetIsToldNotToSendAny() {
        assertThat(api.get("/api/v1/sites", admin).json().get(0).path("typingPreview").asBoolean()).isFalse();
        try (SocketClient agent = desk(alice); VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            assertThat(visitor.welcome().path("typingPreview").asBoolean()).isFalse();
            long id = startChat(visitor, agent);
            String ref = visitor.socket().send(ChatMessages.DRAFT, new ChatMessages.Draft(id, "我想问一下"));
            Envelope error = visitor.socket().await(e -> e.type().equals(WidgetMessages.ERROR) && ref.equals(e.payload().path("ref").asText()),
                    "refusal");
            assertThat(error.payload().path("problem").path("status").asInt()).isEqualTo(403);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "sync", null));
            assertThat(agent.collectUntil(ChatMessages.MESSAGE)).extracting(Envelope::type).doesNotContain(ChatMessages.DRAFT);
        }
    }

    @Test
    void turnedOnDraftsReachTheChatsAgentsAndWatchersOnlyAreCappedAndNeverStored() {
        ApiResponse on = api.send("PUT", "/api/v1/sites/default", admin, "{\"typingPreview\":true}", ApiClient.JSON);
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().path("typingPreview").asBoolean()).isTrue();
        assertThat(on.json().path("name").asText()).as("the rest stays").isEqualTo("Aurora demo shop");
        String carol = backend.token("carol");
        try (SocketClient agent = desk(alice); SocketClient supervisor = desk(carol); SocketClient bob = desk(backend.token("bob"));
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            assertThat(visitor.welcome().path("typingPreview").asBoolean()).as("the widget sends drafts and says so").isTrue();
            long id = startChat(visitor, agent);
            supervisor.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            supervisor.await(e -> e.type().equals(ChatMessages.MESSAGE), "the watched chat's history");

            visitor.send(ChatMessages.DRAFT, new ChatMessages.Draft(id, "我想问一下 A7 的"));
            assertThat(agent.await(ChatMessages.DRAFT).payload().path("text").asText()).isEqualTo("我想问一下 A7 的");
            assertThat(supervisor.await(ChatMessages.DRAFT).payload().path("conversationId").asLong()).isEqualTo(id);

            // four at once, then two a second: the test's clock stands still, so the rest of a burst is dropped
            for (int i = 2; i <= 9; i++) {
                visitor.send(ChatMessages.DRAFT, new ChatMessages.Draft(id, "draft " + i));
            }
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "我想问一下 A7 的噪音", null));
            List<String> drafts = agent.collectUntil(ChatMessages.MESSAGE).stream().filter(e -> e.type().equals(ChatMessages.DRAFT))
                    .map(e -> e.payload().path("text").asText()).toList();
            assertThat(drafts).containsExactly("draft 2", "draft 3", "draft 4");
            backend.clock().advance(Duration.ofSeconds(2));
            visitor.send(ChatMessages.DRAFT, new ChatMessages.Draft(id, ""));
            assertThat(agent.await(ChatMessages.DRAFT).payload().path("text").asText()).as("sent: the preview clears").isEmpty();

            String tooLong = visitor.socket().send(ChatMessages.DRAFT, new ChatMessages.Draft(id, "长".repeat(2001)));
            assertThat(visitor.socket().await(e -> e.type().equals(WidgetMessages.ERROR) && tooLong.equals(e.payload().path("ref").asText()),
                    "refusal").payload().path("problem").path("status").asInt()).isEqualTo(400);

            // Bob is in no part of the chat: his ack comes after anything the server would have sent him before
            bob.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.BUSY));
            assertThat(bob.collectUntil(MessageTypes.ACK)).extracting(Envelope::type).doesNotContain(ChatMessages.DRAFT);
            assertThat(api.get("/api/v1/conversations/" + id + "/messages", alice).json().path("messages").toString())
                    .doesNotContain("draft 2").doesNotContain("我想问一下 A7 的\"");
        }
    }

    private SocketClient desk(String token) {
        SocketClient desk = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        desk.await(MessageTypes.WELCOME);
        return desk;
    }

    private static long startChat(VisitorClient visitor, SocketClient agent) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        agent.await(ChatMessages.ASSIGNED);
        return id;
    }
}
