package dev.switchboard.server.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The automatic-messages sweep keeps a row per chat; the housekeeping forgets those of chats that
 * ended more than a day ago (on the backend's clock, moved by the test) and keeps every open chat's.
 */
class ChatAutomationHousekeepingTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void rowsOfChatsThatEndedADayAgoAreForgottenAndThoseOfOpenChatsKept() {
        try (VisitorClient leaving = arrive(); VisitorClient staying = arrive()) {
            long ended = startQueued(leaving);
            long open = startQueued(staying);
            backend.server().sweepAutomaticMessagesNow();
            end(leaving, ended);
            assertThat(forget()).as("a chat that ended just now").isZero();

            backend.clock().advance(ChatAutomation.ENDED_KEPT.minusMinutes(1));
            assertThat(forget()).as("ended a minute less than a day ago").isZero();
            backend.clock().advance(Duration.ofMinutes(2));
            assertThat(forget()).as("the chat that ended a day ago; not the open one, older still").isEqualTo(1);
            assertThat(forget()).as("nothing more to forget").isZero();

            end(staying, open);
            backend.clock().advance(ChatAutomation.ENDED_KEPT.plusMinutes(1));
            assertThat(forget()).as("the other chat, a day after it ended").isEqualTo(1);
        }
    }

    private static int forget() {
        return backend.server().forgetEndedChatAutomationNow();
    }

    private static VisitorClient arrive() {
        return VisitorClient.arrive(backend, null, null, "https://shop.example.cn/pricing", "Pricing", null);
    }

    /** Nobody is online: the chat waits in its group's queue, where the sweep sees it. */
    private static long startQueued(VisitorClient visitor) {
        visitor.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        visitor.socket().await(e -> e.type().equals(ChatMessages.STATUS) && e.payload().path("status").asText().equals("QUEUED"), "queued");
        return id;
    }

    private static void end(VisitorClient visitor, long id) {
        visitor.send(ChatMessages.END, new ChatMessages.End(id));
        visitor.socket().await(e -> e.type().equals(ChatMessages.ENDED) && e.payload().path("conversationId").asLong() == id, "ended");
    }
}
