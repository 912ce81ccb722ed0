package dev.switchboard.server.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.push.PushWidgetMessages;
import dev.switchboard.shared.visitors.AvailabilityMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code push.pending} over the visitor socket: later pages get the pushes still pending for their
 * visitor, except while the visitor is in a chat (they stay pending for after it). Each page asks
 * for its pushes, then whether anyone can answer: the answer to that marks the end of the pushes.
 */
class PendingPushTest {

    static final String PAGE = "https://shop.example.cn/products/x2";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final String carol = backend.token("carol");

    @Test
    void laterPagesGetWhatIsPendingButNotWhileTheVisitorChats() {
        try (VisitorClient first = VisitorClient.arrive(backend, null, null, PAGE, "X2", null)) {
            long ad = push();
            first.socket().await(e -> e.type().equals(PushWidgetMessages.PUSH) && e.payload().path("pushId").asLong() == ad, "the ad");

            try (VisitorClient second = nextPage(first)) {
                assertThat(pending(second)).extracting(e -> e.payload().path("pushId").asLong()).containsExactly(ad);
            }

            first.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
            long chat = first.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            try (VisitorClient inChat = nextPage(first)) {
                assertThat(pending(inChat)).as("nothing while chatting").isEmpty();
            }

            first.send(ChatMessages.END, new ChatMessages.End(chat));
            first.socket().await(e -> e.type().equals(ChatMessages.ENDED), "the chat's end");
            try (VisitorClient after = nextPage(first)) {
                assertThat(pending(after)).extracting(e -> e.payload().path("pushId").asLong()).containsExactly(ad);
            }
        }
    }

    private static VisitorClient nextPage(VisitorClient visitor) {
        VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn");
        page.hello(visitor.visitorId(), visitor.token(), "https://shop.example.cn/pricing", "Pricing", PAGE);
        return page;
    }

    /** The pushes the page gets when it asks, up to the availability it asks for next. */
    private static java.util.List<Envelope> pending(VisitorClient page) {
        page.send(PushWidgetMessages.PENDING, Map.of());
        page.send(AvailabilityMessages.ASK, new AvailabilityMessages.Ask(null));
        return page.socket().collectUntil(AvailabilityMessages.AVAILABILITY).stream()
                .filter(e -> e.type().equals(PushWidgetMessages.PUSH)).toList();
    }

    private long push() {
        ApiResponse sent = backend.api().post("/api/v1/push/messages", carol,
                Map.of("conditions", Map.of("site", "default"), "kind", "CARD", "title", "会员日", "text", "全场 95 折"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().path("id").asLong();
    }
}
