package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.AFTERSALES;
import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.TicketViewers;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who views and who replies on a ticket, over real agent sockets: told to those who see the ticket, gone with the socket or the heartbeat. */
class TicketViewersTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final Tickets tickets = new Tickets(backend.api());
    final String alice = backend.token("alice");
    final String carol = backend.token("carol");
    final String bob = backend.token("bob");

    @Test
    void aViewerAndTheirReplyingShowToColleaguesAndVanishWhenTheirSocketCloses() {
        Ticket ticket = tickets.create(alice, "Printer", PRESALES, "a@example.com");
        try (SocketClient carolsSocket = connect(carol); SocketClient bobsSocket = connect(bob)) {
            SocketClient alicesSocket = connect(alice);
            alicesSocket.send(TicketViewers.VIEWING, new TicketViewers.Viewing(ticket.id(), true, false));
            TicketViewers.Viewers seen = viewers(carolsSocket, ticket.id(), list -> !list.isEmpty());
            assertThat(seen.viewers()).extracting(TicketViewers.Viewer::name).containsExactly("Alice 王丽");
            assertThat(seen.viewers().get(0).replying()).isFalse();

            alicesSocket.send(TicketViewers.VIEWING, new TicketViewers.Viewing(ticket.id(), true, true));
            seen = viewers(carolsSocket, ticket.id(), list -> !list.isEmpty() && list.get(0).replying());
            assertThat(seen.viewers()).hasSize(1);

            // a workstation that connects now hears who is on the tickets it may see
            try (SocketClient carolsSecond = connect(carol)) {
                assertThat(viewers(carolsSecond, ticket.id(), list -> true).viewers()).extracting(TicketViewers.Viewer::replying).containsExactly(true);
            }

            alicesSocket.drop();
            assertThat(viewers(carolsSocket, ticket.id(), List::isEmpty).viewers()).isEmpty();

            // bob (aftersales) never heard of a presales ticket
            bobsSocket.send(MessageTypes.STATUS_SET, java.util.Map.of("status", "ONLINE"));
            List<Envelope> bobs = bobsSocket.collectUntil(MessageTypes.ACK);
            assertThat(bobs).extracting(Envelope::type).doesNotContain(TicketViewers.VIEWERS);
        }
    }

    @Test
    void aViewerNotRepeatedWithinTheExpiryIsGoneAndATicketOneDoesNotSeeIsRefused() {
        Ticket ticket = tickets.create(alice, "Printer", PRESALES, "a@example.com");
        Ticket hidden = tickets.create(backend.token("admin"), "Hidden", AFTERSALES, "b@example.com");
        try (SocketClient carolsSocket = connect(carol); SocketClient alicesSocket = connect(alice)) {
            String refused = alicesSocket.send(TicketViewers.VIEWING, new TicketViewers.Viewing(hidden.id(), true, false));
            Envelope error = alicesSocket.await(envelope -> MessageTypes.ERROR.equals(envelope.type())
                    && refused.equals(envelope.payload().path("ref").asText()), "the refusal");
            assertThat(error.payload().path("problem").path("status").asInt()).isEqualTo(404);

            alicesSocket.send(TicketViewers.VIEWING, new TicketViewers.Viewing(ticket.id(), true, false));
            viewers(carolsSocket, ticket.id(), list -> !list.isEmpty());
            // the socket stays open but says nothing more: a frozen workstation
            backend.clock().advance(Duration.ofSeconds(TicketViewers.EXPIRES_SECONDS + 1));
            assertThat(viewers(carolsSocket, ticket.id(), List::isEmpty).viewers()).isEmpty();
        }
    }

    private static SocketClient connect(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        return socket;
    }

    /** The next {@code ticket.viewers} of the ticket whose list {@code wanted} accepts. */
    private static TicketViewers.Viewers viewers(SocketClient socket, long ticketId,
                                                 java.util.function.Predicate<List<TicketViewers.Viewer>> wanted) {
        Envelope envelope = socket.await(candidate -> TicketViewers.VIEWERS.equals(candidate.type())
                && candidate.payload().path("ticketId").asLong() == ticketId && wanted.test(read(candidate.payload()).viewers()),
                "ticket.viewers of ticket " + ticketId);
        return read(envelope.payload());
    }

    private static TicketViewers.Viewers read(JsonNode payload) {
        return Json.mapper().convertValue(payload, TicketViewers.Viewers.class);
    }
}
