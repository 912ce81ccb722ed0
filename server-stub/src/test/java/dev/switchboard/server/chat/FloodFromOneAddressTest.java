package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One address starting chat after chat (each page a new identity) must not fill the queue ahead of
 * real customers: its waiting chats and its new chats are capped with the default limits, and the
 * queue takes turns between addresses. Clients come through a trusted proxy on 127.0.0.1, each
 * named by {@code X-Forwarded-For}, as behind the reverse proxy operations.md recommends.
 */
class FloodFromOneAddressTest {

    static final String FLOOD = "203.0.113.66";
    static final String CUSTOMER = "198.51.100.7";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest()
            .with(config -> config.withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));
    final List<VisitorClient> visitors = new ArrayList<>();

    @AfterEach
    void stop() {
        visitors.forEach(VisitorClient::close);
    }

    @Test
    void oneAddressCannotFillTheQueueAheadOfAVisitorFromAnother() {
        int cap = AddressLimits.DEFAULT.waitingChats();
        for (int i = 0; i < cap; i++) {
            VisitorClient flood = arrive(FLOOD);
            flood.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            assertThat(queuedPlace(flood)).as("flood chat " + (i + 1)).isEqualTo(i + 1);
        }
        VisitorClient oneTooMany = arrive(FLOOD);
        oneTooMany.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        Envelope refused = startedOrRefused(oneTooMany);
        assertThat(refused.type()).isEqualTo(WidgetMessages.ERROR);
        assertThat(refused.payload().path("problem").path("status").asInt()).isEqualTo(429);

        VisitorClient customer = arrive(CUSTOMER);
        customer.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        assertThat(startedOrRefused(customer).type()).isEqualTo(ChatMessages.STARTED);
        assertThat(queuedPlace(customer)).as("behind the flood's first chat only, not its " + cap).isEqualTo(2);

        backend.server().drainChatQueueNow();
        assertThat(queuedPlace(customer)).as("the whole queue told again agrees").isEqualTo(2);
    }

    @Test
    void newChatsFromOneAddressAreRateLimitedAndAllowedAgainAsTimePasses() {
        for (int i = 0; i < AddressLimits.DEFAULT.chatStarts(); i++) {
            // each a new identity that ends its chat at once, so that the cap on waiting chats is never reached
            VisitorClient visitor = arrive(FLOOD);
            visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            Envelope started = startedOrRefused(visitor);
            assertThat(started.type()).as("start " + (i + 1)).isEqualTo(ChatMessages.STARTED);
            long id = started.payload().path("conversationId").asLong();
            visitor.send(ChatMessages.END, new ChatMessages.End(id));
            visitor.socket().await(e -> e.type().equals(ChatMessages.ENDED) && e.payload().path("conversationId").asLong() == id, "ended");
        }
        VisitorClient flood = arrive(FLOOD);
        flood.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        Envelope refused = startedOrRefused(flood);
        assertThat(refused.type()).isEqualTo(WidgetMessages.ERROR);
        JsonNode problem = refused.payload().path("problem");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).contains("too many new chats");

        VisitorClient customer = arrive(CUSTOMER);
        customer.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        assertThat(startedOrRefused(customer).type()).as("another address is not limited").isEqualTo(ChatMessages.STARTED);

        // the bucket refills evenly: one new chat per 600 s / 30
        backend.clock().advance(Duration.ofSeconds(20));
        flood.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        assertThat(startedOrRefused(flood).type()).isEqualTo(ChatMessages.STARTED);
    }

    private VisitorClient arrive(String address) {
        VisitorClient visitor = VisitorClient.arriveFrom(backend, address);
        visitors.add(visitor);
        return visitor;
    }

    private static Envelope startedOrRefused(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STARTED) || e.type().equals(WidgetMessages.ERROR),
                "chat.started or error");
    }

    private static int queuedPlace(VisitorClient visitor) {
        return visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED")
                && e.payload().has("position"), "a place in the queue").payload().path("position").asInt();
    }
}
