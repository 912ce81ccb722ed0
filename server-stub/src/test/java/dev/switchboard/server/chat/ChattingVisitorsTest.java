package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The visitor list tells who is in a chat: from the start of the chat (waiting or served) to its end, across pages and restarts. */
class ChattingVisitorsTest {

    static final String PAGE = "https://shop.example.cn/help";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void aVisitorShowsAsChattingFromTheStartOfTheirChatToItsEndOnTheFeedAndOverRest() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            agent.await(MessageTypes.WELCOME);
            agent.send(MessageTypes.VISITORS_SUBSCRIBE, null);
            agent.await(MessageTypes.VISITORS_SNAPSHOT);

            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            // the feed's batches are coalesced: the assignment may come before or after the batch that says "chatting"
            AtomicBoolean assigned = new AtomicBoolean();
            AtomicBoolean chatting = new AtomicBoolean();
            agent.await(e -> {
                assigned.compareAndSet(false, e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == id);
                chatting.compareAndSet(false, e.type().equals(MessageTypes.VISITORS_BATCH) && upsertOf(e, visitor.visitorId())
                        .filter(v -> v.path("status").asText().equals("CHATTING")).isPresent());
                return assigned.get() && chatting.get();
            }, "the chat assigned to Alice and " + visitor.visitorId() + " CHATTING on the feed");
            assertThat(listed(visitor.visitorId()).path("status").asText()).isEqualTo("CHATTING");
            assertThat(api.post("/api/v1/visitors/" + visitor.visitorId() + "/invitations", alice, Map.of("message", "Hi")).status())
                    .as("nobody invites a visitor who is in a chat").isEqualTo(409);

            agent.send(ChatMessages.END, new ChatMessages.End(id));
            awaitInBatch(agent, visitor.visitorId(), "BROWSING");
            assertThat(listed(visitor.visitorId()).path("status").asText()).isEqualTo("BROWSING");
        }
    }

    @Test
    void aVisitorComingBackToAnOpenChatShowsAsChattingAlsoAfterARestart() {
        String visitorId;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Help", null)) {
            visitorId = visitor.visitorId();
            token = visitor.token();
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            visitor.await(ChatMessages.STARTED);
        }
        awaitListed(visitorId, "LEFT");
        try (VisitorClient back = VisitorClient.arrive(backend, visitorId, token, PAGE, "Help", null)) {
            awaitListed(visitorId, "CHATTING");
        }

        backend.restart();
        try (VisitorClient afterRestart = VisitorClient.arrive(backend, visitorId, token, PAGE, "Help", null)) {
            assertThat(afterRestart.visitorId()).isEqualTo(visitorId);
            awaitListed(visitorId, "CHATTING");
        }
    }

    private static void awaitInBatch(SocketClient agent, String visitorId, String status) {
        agent.await(e -> e.type().equals(MessageTypes.VISITORS_BATCH) && upsertOf(e, visitorId)
                .filter(visitor -> visitor.path("status").asText().equals(status)).isPresent(), visitorId + " " + status + " on the feed");
    }

    private static Optional<JsonNode> upsertOf(Envelope batch, String visitorId) {
        return StreamSupport.stream(batch.payload().path("upserts").spliterator(), false)
                .filter(visitor -> visitor.path("id").asText().equals(visitorId)).findFirst();
    }

    private void awaitListed(String visitorId, String status) {
        Polling.await(visitorId + " listed as " + status).until(() -> listed(visitorId), visitor -> visitor.path("status").asText().equals(status));
    }

    private JsonNode listed(String visitorId) {
        return StreamSupport.stream(api.get("/api/v1/visitors", alice).json().spliterator(), false)
                .filter(visitor -> visitor.path("id").asText().equals(visitorId)).findFirst().orElse(MissingNode.getInstance());
    }
}
