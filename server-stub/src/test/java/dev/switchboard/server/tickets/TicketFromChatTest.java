package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One action makes a ticket of a chat: the chat linked, the requester its visitor, the rest from the chat. */
class TicketFromChatTest {

    static final String PRESALES = "售前咨询 Pre-sales";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");

    @Test
    void aTicketFromAChatLinksItAndTakesItsVisitorGroupAndFirstWords() {
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            ServedChats.Served served = chats.start(agent, "王先生", PRESALES, "  退款要多久\n到账？ ", "订单 8841");
            Conversation chat = api.get("/api/v1/conversations/" + served.id(), alice).as(Conversation.class);

            ApiResponse made = api.post("/api/v1/conversations/" + served.id() + "/ticket", alice, body("priority", "HIGH"));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            Ticket ticket = made.as(Ticket.class);
            assertThat(ticket.conversationId()).isEqualTo(served.id());
            assertThat(ticket.channel()).isEqualTo(TicketChannel.CHAT);
            assertThat(ticket.subject()).isEqualTo("退款要多久 到账？");
            assertThat(ticket.requester().name()).isEqualTo("王先生");
            assertThat(ticket.requester().visitorId()).isEqualTo(chat.visitorId());
            assertThat(ticket.groupId()).isEqualTo(chat.groupId());
            assertThat(ticket.assigneeId()).as("the agent who made it, a member of the chat's group").isEqualTo(chat.ownerId());

            Ticket second = api.post("/api/v1/conversations/" + served.id() + "/ticket", alice, body("subject", "Second issue"))
                    .as(Ticket.class);
            assertThat(second.requester().id()).as("the same visitor, the same customer").isEqualTo(ticket.requester().id());

            assertThat(api.post("/api/v1/conversations/" + served.id() + "/ticket", backend.token("bob"), body()).status())
                    .as("bob is not in the chat").isEqualTo(403);
            assertThat(api.post("/api/v1/conversations/999/ticket", alice, body()).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/conversations/" + served.id() + "/ticket", alice, body("tags", java.util.List.of("a b"))).status())
                    .isEqualTo(400);

            ServedChats.end(agent, served.id());
            assertThat(api.post("/api/v1/conversations/" + served.id() + "/ticket", alice, body("subject", "After the chat")).status())
                    .as("the agent who served it makes a ticket after the chat ended too").isEqualTo(201);
        }
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
