package dev.switchboard.app.chat;

import static dev.switchboard.app.chat.ChatHarness.conversation;
import static dev.switchboard.app.chat.ChatHarness.fromSelf;
import static dev.switchboard.app.chat.ChatHarness.fromVisitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.FakeChatLink;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.problem.ProblemType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat service's delivery guarantees: order without repeats, resume, and an outbox that survives drops and restarts. */
class ChatServiceTest {

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
    void appliesEachMessageOnceAndInSequenceOrderWhateverOrderItArrivesIn() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromVisitor(1, 2, "second"));
        harness.receive("chat.message", fromVisitor(1, 1, "first"));
        harness.receive("chat.message", fromVisitor(1, 2, "second"));
        harness.receive("chat.message", fromVisitor(1, 3, "third"));
        harness.receive("chat.message", fromVisitor(1, 1, "first"));

        Chat chat = harness.await(1, c -> c.lastSeq() == 3);
        harness.settle();
        chat = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(chat.messages()).extracting(ChatMessage::body).containsExactly("first", "second", "third");
        assertThat(chat.unread()).isEqualTo(3);
        assertThat(chat.visitorName()).isEqualTo("Li Lei");
    }

    @Test
    void resumesEachChatFromItsLastMessageAfterEveryConnectAndRestart() {
        harness.connect(conversation(1, "Li Lei"));
        assertThat(resumesAfter(1)).containsExactly(0L);
        harness.receive("chat.message", fromVisitor(1, 1, "hello"));
        harness.receive("chat.message", fromVisitor(1, 2, "anyone there?"));
        harness.await(1, chat -> chat.lastSeq() == 2);

        harness.drop();
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromVisitor(1, 1, "hello"));
        harness.receive("chat.message", fromVisitor(1, 2, "anyone there?"));
        harness.receive("chat.message", fromVisitor(1, 3, "missed while away"));
        harness.await(1, chat -> chat.lastSeq() == 3);
        assertThat(resumesAfter(1)).containsExactly(0L, 2L);

        harness.restart();
        Chat cached = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(cached.messages()).extracting(ChatMessage::body).containsExactly("hello", "anyone there?", "missed while away");
        harness.connect(conversation(1, "Li Lei"));
        harness.settle();
        assertThat(resumesAfter(1)).containsExactly(0L, 2L, 3L);
    }

    @Test
    void whatTheAgentSendsStaysInTheOutboxAcrossDropsAndRestartsUntilTheServerStoresIt() {
        harness.connect(conversation(1, "Li Lei"));
        harness.drop();

        harness.chats().send(1, "Your parcel left the warehouse today.", false).join();
        Chat offline = harness.await(1, chat -> chat.outbox().size() == 1);
        assertThat(offline.outbox().get(0).delivery()).isEqualTo(Delivery.PENDING);
        assertThat(harness.link.sent("chat.message")).isEmpty();

        harness.restart();
        Chat restarted = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(restarted.outbox()).extracting(OutgoingMessage::text).containsExactly("Your parcel left the warehouse today.");
        String clientId = restarted.outbox().get(0).clientId();

        harness.link.online(false);
        harness.chats().connectionChanged(true);
        awaitSends(1);
        harness.drop();
        harness.link.online(false);
        harness.chats().connectionChanged(true);
        awaitSends(2);
        assertThat(harness.link.sent("chat.message")).extracting(sent -> sent.payload().path("clientId").asText())
                .containsExactly(clientId, clientId);

        harness.receive("chat.message", fromSelf(1, 1, clientId, "Your parcel left the warehouse today."));
        harness.receive("chat.ack", new ChatMessages.Ack(1, clientId, 1));
        Chat stored = harness.await(1, chat -> chat.outbox().isEmpty() && chat.lastSeq() == 1);
        assertThat(stored.mine(stored.messages().get(0))).isTrue();
        assertThat(stored.delivery(stored.messages().get(0))).isEqualTo(Delivery.SENT);

        harness.restart();
        Chat afterAck = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(afterAck.outbox()).isEmpty();
        assertThat(afterAck.messages()).extracting(ChatMessage::clientId).containsExactly(clientId);
    }

    @Test
    void anAcknowledgedMessageShowsAsSentUntilItArrivesAndAResumeFetchesItIfItDoesNot() {
        harness.connect(conversation(1, "Li Lei"));
        harness.chats().send(1, "One moment please", false).join();
        String clientId = harness.await(1, chat -> chat.outbox().size() == 1).outbox().get(0).clientId();

        harness.receive("chat.ack", new ChatMessages.Ack(1, clientId, 1));
        Chat acked = harness.await(1, chat -> !chat.outbox().isEmpty() && chat.outbox().get(0).delivery() == Delivery.SENT);
        assertThat(acked.messages()).isEmpty();

        harness.scheduler.runNext();
        harness.settle();
        assertThat(resumesAfter(1)).containsExactly(0L, 0L);
    }

    @Test
    void aRefusedMessageKeepsItsTextWithTheServersReasonUntilTheAgentDiscardsIt() {
        harness.link.online(false);
        harness.chats().connectionChanged(true);
        harness.receive("chat.assigned", conversation(1, "Li Lei"));
        harness.await(1, chat -> chat.phase() == ChatPhase.OPEN);
        harness.chats().send(1, "Are you still there?", false).join();
        awaitSends(1);

        FakeChatLink.refuse(harness.link.sent("chat.message").get(0), ProblemType.CONFLICT, "the conversation has ended");
        Chat refused = harness.await(1, chat -> !chat.outbox().isEmpty() && chat.outbox().get(0).delivery() == Delivery.FAILED);
        assertThat(refused.outbox().get(0).failure()).isEqualTo("the conversation has ended");

        harness.restart();
        harness.connect(conversation(1, "Li Lei"));
        harness.settle();
        Chat reloaded = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(reloaded.outbox()).extracting(OutgoingMessage::text, OutgoingMessage::delivery)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Are you still there?", Delivery.FAILED));
        assertThat(harness.link.sent("chat.message")).as("a refused message is not sent again by itself").hasSize(1);

        harness.chats().discard(1, reloaded.outbox().get(0).clientId()).join();
        harness.await(1, chat -> chat.outbox().isEmpty());
        harness.restart();
        assertThat(harness.chats().snapshot().chat(1).orElseThrow().outbox()).isEmpty();
    }

    @Test
    void aDraftIsKeptAcrossARestart() {
        harness.connect(conversation(1, "Li Lei"));
        harness.chats().saveDraft(1, "Sorry to hear that, could you");
        harness.chats().close().join();

        harness.restart();

        assertThat(harness.chats().snapshot().chat(1).orElseThrow().draft()).isEqualTo("Sorry to hear that, could you");
    }

    @Test
    void aGapThatDoesNotFillByItselfIsResumed() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromVisitor(1, 1, "one"));
        harness.receive("chat.message", fromVisitor(1, 3, "three"));
        harness.settle();
        assertThat(harness.await(1, chat -> chat.lastSeq() == 1).messages()).hasSize(1);

        harness.scheduler.runNext();
        harness.settle();
        assertThat(resumesAfter(1)).containsExactly(0L, 1L);
        harness.receive("chat.message", fromVisitor(1, 2, "two"));
        assertThat(harness.await(1, chat -> chat.lastSeq() == 3).messages()).extracting(ChatMessage::body)
                .containsExactly("one", "two", "three");
    }

    @Test
    void anOpenChatTheServerNoLongerAnnouncesIsAskedAboutAndCompleted() {
        harness.connect(conversation(1, "Li Lei"), conversation(2, "Han Meimei"));
        harness.receive("chat.message", fromVisitor(1, 1, "hello"));
        harness.await(1, chat -> chat.lastSeq() == 1);
        harness.drop();

        Conversation ended = new Conversation(1, "v-1", "default", ConversationStatus.ENDED, 1L, ChatHarness.SELF, Map.of(), 3,
                ChatHarness.START, ChatHarness.START, ChatHarness.START, null, null);
        harness.rest.put(ended, List.of(fromVisitor(1, 1, "hello"), fromVisitor(1, 2, "bye"), fromVisitor(1, 3, "thanks")));
        harness.connect();
        harness.chats().caughtUp();

        Chat completed = harness.await(1, chat -> chat.phase() == ChatPhase.ENDED && chat.lastSeq() == 3);
        assertThat(completed.messages()).extracting(ChatMessage::body).containsExactly("hello", "bye", "thanks");
        assertThat(harness.await(2, chat -> chat.phase() == ChatPhase.LEFT).writable()).isFalse();
    }

    @Test
    void ownMessagesShowReadOnceTheVisitorsReceiptCoversThem() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromSelf(1, 1, "a", "Hello"));
        harness.receive("chat.message", fromSelf(1, 2, "b", "How can I help?"));
        harness.receive("chat.read", new ChatMessages.Read(1, 2, "bob"));
        harness.receive("chat.read", new ChatMessages.Read(1, 1, "visitor"));

        Chat chat = harness.await(1, c -> c.visitorReadSeq() == 1);
        assertThat(chat.messages()).extracting(chat::delivery).containsExactly(Delivery.READ, Delivery.SENT);
        assertThat(chat.unread()).as("own messages are never unread").isZero();
    }

    @Test
    void ownMessagesShowDeliveredOnceTheVisitorsPageHoldsThemThenRead() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromSelf(1, 1, "a", "Hello"));
        harness.receive("chat.message", fromSelf(1, 2, "b", "How can I help?"));
        harness.receive("chat.delivered", new ChatMessages.Delivered(1, 2, "bob"));
        harness.receive("chat.delivered", new ChatMessages.Delivered(1, 2, "visitor"));
        harness.receive("chat.read", new ChatMessages.Read(1, 1, "visitor"));
        harness.receive("chat.delivered", new ChatMessages.Delivered(1, 1, "visitor"));

        Chat chat = harness.await(1, c -> c.visitorReadSeq() == 1);
        assertThat(chat.visitorDeliveredSeq()).as("a late lower mark changes nothing").isEqualTo(2);
        assertThat(chat.messages()).extracting(chat::delivery).containsExactly(Delivery.READ, Delivery.DELIVERED);
        harness.chats().close().join();
        harness.restart();
        Chat cached = harness.chats().snapshot().chat(1).orElseThrow();
        assertThat(cached.messages()).extracting(cached::delivery).containsExactly(Delivery.READ, Delivery.DELIVERED);
    }

    @Test
    void visitorMessagesAreReportedHeldAtMostOnceAQuarterSecondWithTheNewestNumber() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromVisitor(1, 1, "hello"));
        harness.await(1, chat -> chat.lastSeq() == 1);
        harness.settle();
        assertThat(deliveredSeqs()).as("the first goes at once").containsExactly(1L);

        harness.receive("chat.message", fromSelf(1, 2, "a", "Hi!"));
        harness.receive("chat.message", fromVisitor(1, 3, "my order"));
        harness.receive("chat.message", fromVisitor(1, 4, "is late"));
        harness.receive("chat.message", fromVisitor(1, 3, "my order"));
        harness.await(1, chat -> chat.lastSeq() == 4);
        harness.settle();
        assertThat(deliveredSeqs()).as("within the quarter second nothing more goes").containsExactly(1L);
        assertThat(harness.scheduler.pending()).isEqualTo(1);
        harness.scheduler.runNext();
        harness.settle();
        assertThat(deliveredSeqs()).as("then only the newest").containsExactly(1L, 4L);

        harness.clock.advance(java.time.Duration.ofSeconds(1));
        harness.receive("chat.message", fromSelf(1, 5, "b", "Let me check"));
        harness.await(1, chat -> chat.lastSeq() == 5);
        harness.settle();
        assertThat(deliveredSeqs()).as("the agent's own messages are not the visitor's to report").containsExactly(1L, 4L);
        assertThat(harness.scheduler.pending()).isZero();

        harness.drop();
        harness.connect(conversation(1, "Li Lei"));
        harness.settle();
        assertThat(deliveredSeqs()).as("a new connection says it once more").containsExactly(1L, 4L, 4L);
    }

    @Test
    void readingAChatClearsItsUnreadCountAndTellsTheServer() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.message", fromVisitor(1, 1, "hello"));
        harness.receive("chat.message", fromVisitor(1, 2, "hello?"));
        harness.await(1, chat -> chat.unread() == 2);

        harness.chats().markRead(1);

        harness.await(1, chat -> chat.unread() == 0 && chat.readSeq() == 2);
        assertThat(harness.link.sent("chat.read")).extracting(sent -> sent.payload().path("seq").asLong()).containsExactly(2L);
        harness.receive("chat.message", fromVisitor(1, 3, "still there?"));
        assertThat(harness.await(1, chat -> chat.lastSeq() == 3).unread()).isEqualTo(1);
    }

    @Test
    void typingIsSaidAtMostEveryFewSecondsAndStoppedAfterAPauseOrOnSending() {
        harness.connect(conversation(1, "Li Lei"));
        typeAfter(0);
        typeAfter(1);
        typeAfter(1);
        assertThat(typingSignals()).containsExactly(true);

        typeAfter(2);
        assertThat(typingSignals()).containsExactly(true, true);

        harness.chats().send(1, "Here is the link", false).join();
        harness.settle();
        assertThat(typingSignals()).containsExactly(true, true, false);
    }

    @Test
    void theVisitorTypingShowsUntilTheyStopOrTheSignalGoesStale() {
        harness.connect(conversation(1, "Li Lei"));
        harness.receive("chat.typing", new ChatMessages.Typing(1, true, null));
        harness.await(1, Chat::visitorTyping);
        harness.receive("chat.typing", new ChatMessages.Typing(1, false, null));
        harness.await(1, chat -> !chat.visitorTyping());

        harness.receive("chat.typing", new ChatMessages.Typing(1, true, null));
        harness.receive("chat.typing", new ChatMessages.Typing(1, true, "bob"));
        harness.await(1, chat -> chat.visitorTyping() && chat.colleaguesTyping().equals(List.of("bob")));
        harness.scheduler.runNext();
        harness.scheduler.runNext();
        harness.scheduler.runNext();
        harness.await(1, chat -> !chat.visitorTyping() && chat.colleaguesTyping().isEmpty());
    }

    @Test
    void offersLastUntilAnsweredWithdrawnOrExpired() {
        harness.connect();
        java.time.Instant expires = ChatHarness.START.plusSeconds(30);
        harness.receive("chat.offer", new ChatMessages.Offer(conversation(5, "Li Lei"), expires));
        harness.receive("chat.offer", new ChatMessages.Offer(conversation(6, "Han Meimei"), expires));
        awaitOffers(5L, 6L);

        harness.chats().accept(5);
        harness.settle();
        harness.link.sent("chat.accept").get(0).reply().complete(null);
        harness.receive("chat.assigned", conversation(5, "Li Lei"));
        harness.await(5, chat -> chat.phase() == ChatPhase.OPEN);
        awaitOffers(6L);

        harness.receive("chat.offerWithdrawn", new ChatMessages.Withdrawn(6));
        awaitOffers();
        harness.receive("chat.offer", new ChatMessages.Offer(conversation(7, "Lucy"), expires));
        awaitOffers(7L);
        harness.clock.advance(java.time.Duration.ofSeconds(30));
        while (harness.scheduler.pending() > 0) {
            harness.scheduler.runNext();
        }
        awaitOffers();
    }

    /** A key pressed {@code seconds} after the last one; the service reads the clock when it handles the key. */
    private void typeAfter(int seconds) {
        harness.clock.advance(java.time.Duration.ofSeconds(seconds));
        harness.chats().typing(1);
        harness.settle();
    }

    private void awaitOffers(Long... ids) {
        harness.awaitSnapshot("offers " + List.of(ids),
                snapshot -> snapshot.offers().stream().map(offer -> offer.conversation().id()).toList().equals(List.of(ids)));
    }

    private List<Boolean> typingSignals() {
        return harness.link.sent("chat.typing").stream().map(sent -> sent.payload().path("typing").asBoolean()).toList();
    }

    private List<Long> resumesAfter(long conversationId) {
        return harness.link.sent("chat.resume").stream()
                .filter(sent -> sent.payload().path("conversationId").asLong() == conversationId)
                .map(sent -> sent.payload().path("after").asLong()).toList();
    }

    private void awaitSends(int count) {
        harness.await(1, chat -> harness.link.sent("chat.message").size() >= count);
    }

    private List<Long> deliveredSeqs() {
        return harness.link.sent("chat.delivered").stream().map(sent -> sent.payload().path("seq").asLong()).toList();
    }
}
