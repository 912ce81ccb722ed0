package dev.switchboard.app.chat;

import static dev.switchboard.app.chat.ChatHarness.conversation;
import static dev.switchboard.app.chat.ChatHarness.fromVisitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typing preview as the chat service keeps it: the visitor's latest draft, until sent, cleared or stale. */
class VisitorDraftTest {

    @TempDir
    Path home;
    private ChatHarness harness;

    @BeforeEach
    void start() {
        harness = new ChatHarness(home);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theLatestDraftShowsUntilTheVisitorSendsItClearsItOrStopsRenewingIt() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, "我想问"));
        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, "我想问一下 A7"));
        harness.await(1, chat -> chat.visitorDraft().equals("我想问一下 A7"));

        harness.receive("chat.message", fromVisitor(1, 1, "我想问一下 A7 的噪音"));
        assertThat(harness.await(1, chat -> chat.lastSeq() == 1).visitorDraft()).as("sent: the message replaces it").isEmpty();

        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, "还有"));
        harness.await(1, chat -> chat.visitorDraft().equals("还有"));
        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, ""));
        harness.await(1, chat -> chat.visitorDraft().isEmpty());

        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, "滤网"));
        harness.await(1, chat -> chat.visitorDraft().equals("滤网"));
        harness.settle();
        assertThat(harness.scheduler.delays()).contains(Duration.ofSeconds(30));
        while (harness.scheduler.pending() > 0) {
            harness.scheduler.runNext();
        }
        harness.await(1, chat -> chat.visitorDraft().isEmpty());
    }

    @Test
    void aDraftOfAnEndedChatIsNotShown() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive(ChatMessages.ENDED, new ChatMessages.Ended(1, "visitor"));
        harness.await(1, chat -> chat.phase() == ChatPhase.ENDED);
        harness.receive(ChatMessages.DRAFT, new ChatMessages.Draft(1, "too late"));
        harness.receive("chat.message", fromVisitor(1, 1, "sync"));
        assertThat(harness.await(1, chat -> chat.lastSeq() == 1).visitorDraft()).isEmpty();
    }
}
