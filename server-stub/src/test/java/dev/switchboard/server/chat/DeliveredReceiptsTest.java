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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code chat.delivered}: each side's client says how far it holds a chat; the other side hears it, now and on resume. */
class DeliveredReceiptsTest {

    static final String PAGE = "https://shop.example.cn/products/aurora-x1";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void theVisitorsMarkReachesTheAgentOnlyMovesForwardAndSurvivesAReconnect() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            long id = startChat(visitor, agent);
            long first = agentSays(agent, visitor, id, "a-1", "您好");
            long second = agentSays(agent, visitor, id, "a-2", "请问需要什么帮助？");

            visitor.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, second, null));
            Envelope delivered = agent.await(ChatMessages.DELIVERED);
            assertThat(delivered.payload().path("conversationId").asLong()).isEqualTo(id);
            assertThat(delivered.payload().path("seq").asLong()).isEqualTo(second);
            assertThat(delivered.payload().path("receiver").asText()).isEqualTo("visitor");

            // a late receipt for less, and one for a message never stored, move nothing and are not passed on
            visitor.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, first, null));
            visitor.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, second + 50, null));
            visitor.send(ChatMessages.TYPING, new ChatMessages.Typing(id, true, null));
            List<Envelope> meanwhile = agent.collectUntil(ChatMessages.TYPING);
            assertThat(meanwhile).extracting(Envelope::type).doesNotContain(ChatMessages.DELIVERED);
            visitor.send(ChatMessages.READ, new ChatMessages.Read(id, first, null));
            agent.await(ChatMessages.READ);

            agent.drop();
            try (SocketClient again = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
                again.await(MessageTypes.WELCOME);
                again.await(ChatMessages.ASSIGNED);
                again.send(ChatMessages.RESUME, new ChatMessages.Resume(id, 0));
                Envelope resumed = again.await(ChatMessages.DELIVERED);
                assertThat(resumed.payload().path("seq").asLong()).as("the stored mark, not the late lower one").isEqualTo(second);
                assertThat(resumed.payload().path("receiver").asText()).isEqualTo("visitor");
                Envelope read = again.await(ChatMessages.READ);
                assertThat(read.payload().path("seq").asLong()).isEqualTo(first);
                assertThat(read.payload().path("reader").asText()).isEqualTo("visitor");
            }
        }
    }

    @Test
    void anAgentsMarkReachesTheVisitorByNameAndAReloadedWidgetGetsItAgain() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null)) {
            agent.await(MessageTypes.WELCOME);
            long id = startChat(visitor, agent);
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "A7 有现货吗？", null));
            long seq = visitor.await(ChatMessages.ACK).payload().path("seq").asLong();
            agent.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-1".equals(e.payload().path("clientId").asText()), "v-1");

            agent.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, seq, null));
            Envelope delivered = visitor.await(ChatMessages.DELIVERED);
            assertThat(delivered.payload().path("seq").asLong()).isEqualTo(seq);
            assertThat(delivered.payload().path("receiver").asText()).as("the visitor never sees logins").isEqualTo("Alice 王丽");

            try (VisitorClient reloaded = VisitorClient.arrive(backend, visitor.visitorId(), visitor.token(), PAGE, "X1", null)) {
                reloaded.send(ChatMessages.RESUME, new ChatMessages.Resume(id, seq));
                List<Envelope> answer = reloaded.socket().collectUntil(ChatMessages.DELIVERED);
                assertThat(answer).extracting(Envelope::type).contains(ChatMessages.STATUS);
                assertThat(answer.get(answer.size() - 1).payload().path("seq").asLong()).isEqualTo(seq);
            }
        }
    }

    @Test
    void nobodyMarksAChatThatIsNotTheirs() {
        String bob = api.token("bob", TestBackend.PASSWORD);
        String carol = api.token("carol", TestBackend.PASSWORD);
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "X1", null);
             VisitorClient stranger = VisitorClient.arrive(backend, null, null, PAGE, "X1", null);
             SocketClient otherAgent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), bob);
             SocketClient supervisor = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), carol)) {
            agent.await(MessageTypes.WELCOME);
            otherAgent.await(MessageTypes.WELCOME);
            supervisor.await(MessageTypes.WELCOME);
            long id = startChat(visitor, agent);
            long seq = agentSays(agent, visitor, id, "a-1", "您好");
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "v-1", "你好", null));
            long visitorSeq = visitor.await(ChatMessages.ACK).payload().path("seq").asLong();

            stranger.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, seq, null));
            assertThat(stranger.await("error").payload().path("problem").path("status").asInt()).isEqualTo(404);
            otherAgent.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, visitorSeq, null));
            assertThat(otherAgent.await("error").payload().path("problem").path("status").asInt()).isEqualTo(403);
            supervisor.send(ChatMessages.WATCH, new ChatMessages.Watch(id));
            supervisor.await(ChatMessages.MESSAGE);
            supervisor.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(id, visitorSeq, null));
            assertThat(supervisor.await("error").payload().path("problem").path("status").asInt())
                    .as("a supervisor who only watches sends no receipts").isEqualTo(403);
            supervisor.send(ChatMessages.READ, new ChatMessages.Read(id, visitorSeq, null));
            assertThat(supervisor.await("error").payload().path("problem").path("status").asInt())
                    .as("nor tells the visitor their message was read").isEqualTo(403);

            // nothing was stored or passed on: the visitor's resume, answered in order, brings no mark
            visitor.send(ChatMessages.RESUME, new ChatMessages.Resume(id, visitorSeq));
            visitor.send(ChatMessages.HISTORY, new ChatMessages.History(null));
            assertThat(visitor.socket().collectUntil(ChatMessages.HISTORY)).extracting(Envelope::type)
                    .contains(ChatMessages.STATUS).doesNotContain(ChatMessages.DELIVERED, ChatMessages.READ);
            agent.send(ChatMessages.RESUME, new ChatMessages.Resume(id, visitorSeq));
            agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "a-2", "还在吗？", null));
            assertThat(agent.collectUntil(ChatMessages.ACK)).extracting(Envelope::type).doesNotContain(ChatMessages.DELIVERED);
        }
    }

    private static long startChat(VisitorClient visitor, SocketClient agent) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        agent.await(ChatMessages.ASSIGNED);
        return id;
    }

    private static long agentSays(SocketClient agent, VisitorClient visitor, long id, String clientId, String text) {
        agent.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, clientId, text, null));
        return visitor.socket().await(e -> e.type().equals(ChatMessages.MESSAGE) && clientId.equals(e.payload().path("clientId").asText()),
                clientId).seq();
    }
}
