package dev.switchboard.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.ws.Envelope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat nobody answered where the visitor left a message becomes a ticket on its own, once the
 * visitor has been quiet a while, exactly once: also with two nodes sweeping at the same moment.
 */
class LeftMessageTicketsTest {

    static final String PAGE = "https://shop.example.cn/pricing";
    static final String LEFT = "滤网多久换一次？请回电";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final String admin = backend.token("admin");
    final Forms forms = new Forms(backend.api(), admin);

    @Test
    void aLeftMessageBecomesOneTicketAlsoWithTwoNodesSweepingAtOnce(@TempDir Path dataOfB) throws Exception {
        try (VisitorClient visitor = startChat(Map.of("name", "王女士", "phone", "138 0000 0000", "question", "售前咨询 Pre-sales"));
             VisitorClient silent = startChat(VisitorClient.DEMO_ANSWERS);
             TestBackend nodeB = SecondNode.start(backend, dataOfB)) {
            long chatId = leaveMessage(visitor, LEFT);
            leaveMessage(silent, null);

            assertThat(backend.server().ticketsFromLeftMessagesNow()).as("the visitor may still be writing").isZero();
            backend.clock().advance(LeftMessageTickets.QUIET.plusSeconds(1));
            nodeB.clock().advance(Duration.between(nodeB.clock().instant(), backend.clock().instant()));

            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> await(go, () -> backend.server().ticketsFromLeftMessagesNow()));
            CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> await(go, () -> nodeB.server().ticketsFromLeftMessagesNow()));
            go.countDown();
            assertThat(onA.get() + onB.get()).as("made by one of the nodes").isEqualTo(1);
            assertThat(backend.server().ticketsFromLeftMessagesNow()).as("a later sweep finds it made").isZero();

            List<Ticket> tickets = forms.tickets();
            assertThat(tickets).hasSize(1);
            Ticket ticket = tickets.get(0);
            assertThat(ticket.channel()).isEqualTo(TicketChannel.CHAT);
            assertThat(ticket.conversationId()).isEqualTo(chatId);
            assertThat(ticket.subject()).isEqualTo(LEFT);
            assertThat(ticket.description()).isEqualTo(LEFT);
            assertThat(ticket.createdBy()).isNull();
            assertThat(ticket.requester().name()).isEqualTo("王女士");
            assertThat(ticket.requester().visitorId()).isEqualTo(visitor.visitorId());
            assertThat(ticket.requester().phone()).isNotNull();
            assertThat(ticket.groupId()).as("the chat's group").isEqualTo(Forms.PRESALES);
        }
    }

    private VisitorClient startChat(Map<String, String> answers) {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, PAGE, "Pricing", null);
        visitor.send(ChatMessages.START, new ChatMessages.Start(answers));
        visitor.await(ChatMessages.STARTED);
        return visitor;
    }

    /** Waits for the offer to leave a message and leaves {@code text} (null: leaves nothing); answers the chat's id. */
    private static long leaveMessage(VisitorClient visitor, String text) {
        Envelope status = visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("leaveMessage").asBoolean(),
                "the offer to leave a message");
        long id = status.payload().path("conversationId").asLong();
        if (text != null) {
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, "left-1", text, null));
            assertThat(visitor.await(ChatMessages.ACK).payload().path("seq").asLong()).isPositive();
        }
        return id;
    }

    private static int await(CountDownLatch go, java.util.function.IntSupplier sweep) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sweep.getAsInt();
    }
}
