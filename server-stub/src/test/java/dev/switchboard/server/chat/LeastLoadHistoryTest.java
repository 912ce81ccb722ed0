package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Least-load routing breaks ties by the chats each agent had today, then by who waited longest
 * since their last chat. Both are kept in memory by the assigner (not counted per decision): here
 * they follow every assignment and start again with a new day.
 */
class LeastLoadHistoryTest {

    static final String PAGE = "https://shop.example.cn/pricing";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void fewestChatsTodayWinsATieAndANewDayStartsEveryoneAgainFromWhoWaitedLongest() {
        SocketClient alice = online("alice");
        SocketClient carol = online("carol");
        long aliceId = idOf("alice");
        long carolId = idOf("carol");

        carol.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY));
        carol.await(MessageTypes.ACK);
        long first = chat(alice);
        backend.clock().advance(Duration.ofMinutes(1));
        long second = chat(alice);
        endBy(alice, first);
        endBy(alice, second);
        carol.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.ONLINE));
        carol.await(MessageTypes.ACK);
        backend.clock().advance(Duration.ofMinutes(1));
        long third = chat(carol);
        endBy(carol, third);

        // no open chats either side; Alice had two today, Carol one (and later)
        assertThat(preview()).as("fewer chats today").isEqualTo(carolId);

        backend.clock().advance(Duration.ofDays(1));
        assertThat(preview()).as("a new day: nobody has had a chat, the one waiting longest since their last goes first").isEqualTo(aliceId);
        chat(alice);
    }

    private long chat(SocketClient expectedAgent) {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
        open.add(visitor);
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        assertThat(expectedAgent.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
        return id;
    }

    private void endBy(SocketClient agent, long conversationId) {
        agent.send(ChatMessages.END, new ChatMessages.End(conversationId));
        agent.await(e -> e.type().equals(ChatMessages.ENDED) && e.payload().path("conversationId").asLong() == conversationId, "ended");
    }

    /** The agent the routing dry run would choose for a chat now (the pricing pages' rule-free fallback group). */
    private long preview() {
        return api.post("/api/v1/routing-rules/test", api.token("admin", TestBackend.PASSWORD), Map.of()).json().path("agentId").asLong();
    }

    private long idOf(String login) {
        return api.get("/api/v1/auth/me", api.token(login, TestBackend.PASSWORD)).json().path("id").asLong();
    }

    private SocketClient online(String login) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), api.token(login, TestBackend.PASSWORD));
        open.add(socket);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
