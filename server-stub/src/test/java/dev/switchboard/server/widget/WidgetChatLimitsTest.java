package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A chat start refused because too many chats of the visitor's address wait (an office network,
 * or a flood): the widget says so in the visitor's language instead of waiting for ever, and
 * starts the chat by itself once it may.
 */
class WidgetChatLimitsTest extends WidgetChatSupport {

    /** The browser and the other visitors reach the backend through a proxy that names this address. */
    static final String OFFICE = "203.0.113.50";

    @Test
    void aRefusedStartIsExplainedInBothLanguagesAndTriedAgainLater() {
        behindAProxy();
        // Alice is in but has no room, so the chats wait for her (nobody of the group in would offer to leave a message)
        String admin = api.token("admin", TestBackend.PASSWORD);
        long aliceId = api.get("/api/v1/auth/me", alice).json().path("id").asLong();
        Assertions.assertThat(api.patch("/api/v1/agents/" + aliceId, admin, Map.of("maxChats", 0)).status()).isEqualTo(200);
        List<VisitorClient> waiting = new ArrayList<>();
        try (Desk desk = desk()) {
            // colleagues in the same office fill its places in the queue
            for (int i = 0; i < AddressLimits.DEFAULT.waitingChats(); i++) {
                VisitorClient visitor = VisitorClient.arriveFrom(backend, OFFICE);
                visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
                visitor.await(ChatMessages.STARTED);
                waiting.add(visitor);
            }
            page.clock().install();
            visit("/");
            startChat("王女士");
            assertThat(sb("status")).hasText("您所在网络发起的咨询太多，请过几分钟再试");
            Assertions.assertThat(awaitFrame(received, "error").path("problem").path("status").asInt()).isEqualTo(429);
            snap("chat-refused-zh");

            visit("/?lang=en");
            launcher().click();
            assertThat(sb("status")).hasText("Too many chats from your network right now. Please try again in a few minutes.");
            Assertions.assertThat(count(sent, ChatMessages.START)).as("asked once per page, not in a loop").isEqualTo(2);

            long conversation = waiting.get(0).await(ChatMessages.STATUS).payload().path("conversationId").asLong();
            waiting.get(0).send(ChatMessages.END, new ChatMessages.End(conversation));
            waiting.get(0).await(ChatMessages.ENDED);
            page.clock().fastForward(61_000);
            assertThat(sb("status")).hasText("In the queue: 19 ahead of you");
        } finally {
            waiting.forEach(VisitorClient::close);
        }
    }

    /**
     * The same backend (port and data) trusting the loopback addresses as its proxy, and the
     * browser's requests naming {@link #OFFICE}: the browser may reach localhost by IPv4 or IPv6,
     * the test's sockets by the other.
     */
    private void behindAProxy() {
        backend.restart(config -> config.withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));
        context.close();
        context = chromium.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of("X-Forwarded-For", OFFICE)));
        page = watch(context.newPage());
    }
}
