package dev.switchboard.app.internalchat;

import static dev.switchboard.app.internalchat.TeamChatHarness.direct;
import static dev.switchboard.app.internalchat.TeamChatHarness.fromBob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.FakeChatLink;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamEvent;
import dev.switchboard.shared.teamchat.TeamEventType;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team chat service's guarantees in the workstation: order without repeats, resume at gaps, an outbox that survives drops and restarts. */
class TeamChatServiceTest {

    @TempDir
    Path home;
    private TeamChatHarness harness;

    @BeforeEach
    void start() {
        harness = new TeamChatHarness(home);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void whatIsWrittenOfflineStaysInTheCacheAcrossARestartAndIsSentOnConnectUntilAcknowledged() {
        harness.connect(direct(1, 0, 0));
        harness.await("the conversation", snapshot -> snapshot.thread(1).isPresent());
        harness.drop();
        harness.service().send(1, "Are you free at 3?").join();
        assertThat(harness.socket.sent(TeamChatMessages.MESSAGE)).as("nothing goes out while offline").isEmpty();

        harness.restart();
        TeamOutgoing kept = harness.service().snapshot().thread(1).orElseThrow().outbox().get(0);
        assertThat(kept.text()).isEqualTo("Are you free at 3?");
        assertThat(kept.failed()).isFalse();

        harness.connect(direct(1, 0, 0));
        harness.await("the message sent", snapshot -> harness.socket.sent(TeamChatMessages.MESSAGE).size() == 1);
        FakeChatLink.Sent sent = harness.socket.sent(TeamChatMessages.MESSAGE).get(0);
        assertThat(sent.payload().path("clientId").asText()).as("under the client id it was kept with").isEqualTo(kept.clientId());
        assertThat(sent.payload().path("text").asText()).isEqualTo("Are you free at 3?");

        // the answer got lost with the connection: the same message goes again on the next one
        harness.drop();
        harness.connect(direct(1, 0, 0));
        harness.await("sent again", snapshot -> harness.socket.sent(TeamChatMessages.MESSAGE).size() == 2);
        assertThat(harness.socket.sent(TeamChatMessages.MESSAGE).get(1).payload().path("clientId").asText()).isEqualTo(kept.clientId());

        harness.receive(TeamChatMessages.MESSAGE, new TeamMessage(1, 1, kept.clientId(), TeamChatHarness.SELF, "Alice",
                dev.switchboard.shared.teamchat.TeamMessageKind.TEXT, "Are you free at 3?", null, TeamChatHarness.START, null));
        harness.receive(TeamChatMessages.ACK, new TeamChatMessages.Ack(1, kept.clientId(), 1));
        harness.await("stored", snapshot -> snapshot.thread(1).orElseThrow().outbox().isEmpty());

        harness.restart();
        TeamThread cached = harness.service().snapshot().thread(1).orElseThrow();
        assertThat(cached.outbox()).as("acknowledged, so never sent again").isEmpty();
        assertThat(cached.messages()).extracting(TeamMessage::body).containsExactly("Are you free at 3?");
        assertThat(cached.unread()).as("one's own message is never unread").isZero();
    }

    @Test
    void appliesEachMessageOnceInSeqOrderAndResumesFromBeforeAGap() {
        harness.connect(direct(1, 0, 0));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 1, "one"));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 3, "three"));
        harness.await("a resume after the gap", snapshot -> resumesAfter(1).contains(1L));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 2, "two"));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 3, "three"));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 1, "one"));

        TeamThread thread = harness.await("three messages", snapshot -> snapshot.thread(1).orElseThrow().messages().size() == 3)
                .thread(1).orElseThrow();
        assertThat(thread.messages()).extracting(TeamMessage::body).containsExactly("one", "two", "three");
        assertThat(thread.unread()).isEqualTo(3);
        assertThat(harness.service().snapshot().unread()).as("the navigation's badge").isEqualTo(3);
    }

    @Test
    void aConversationNewToTheWorkstationStartsShortlyBeforeItsUnreadAndEveryConnectResumesWhatIsMissing() {
        harness.connect(direct(1, 100, 90));
        harness.await("resumed", snapshot -> resumesAfter(1).contains(70L));
        harness.drop();
        harness.connect(direct(1, 100, 90));
        harness.await("resumed again from the same place: nothing arrived", snapshot -> resumesAfter(1).size() == 2);
        assertThat(resumesAfter(1)).containsExactly(70L, 70L);
    }

    @Test
    void readingClearsTheUnreadOnThisAndTheServersSideAndAReadElsewhereClearsItHere() {
        harness.connect(direct(1, 0, 0), direct(2, 0, 0));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 1, "one"));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(2, 1, "other"));
        harness.await("two unread", snapshot -> snapshot.unread() == 2);

        harness.service().markRead(1);
        harness.await("one read here", snapshot -> snapshot.unread() == 1);
        assertThat(harness.socket.sent(TeamChatMessages.READ)).extracting(sent -> sent.payload().path("seq").asLong()).containsExactly(1L);

        harness.receive(TeamChatMessages.READ, new TeamChatMessages.Read(2, 1));
        harness.await("the other read on another workstation", snapshot -> snapshot.unread() == 0);
    }

    @Test
    void aRefusedMessageStaysWithTheServersReasonUntilTheAgentDiscardsIt() {
        harness.connect(direct(1, 0, 0));
        harness.await("the conversation", snapshot -> snapshot.thread(1).isPresent());
        harness.service().send(1, "hello").join();
        harness.await("sent", snapshot -> harness.socket.sent(TeamChatMessages.MESSAGE).size() == 1);
        FakeChatLink.refuse(harness.socket.sent(TeamChatMessages.MESSAGE).get(0), ProblemType.FORBIDDEN, "you are not in this conversation");
        TeamOutgoing failed = harness.await("refused", snapshot -> snapshot.thread(1).orElseThrow().outbox().get(0).failed())
                .thread(1).orElseThrow().outbox().get(0);
        assertThat(failed.failure()).isEqualTo("you are not in this conversation");

        harness.restart();
        assertThat(harness.service().snapshot().thread(1).orElseThrow().outbox().get(0).failure()).as("kept across a restart")
                .isEqualTo("you are not in this conversation");
        harness.service().discard(1, failed.clientId()).join();
        harness.await("gone", snapshot -> snapshot.thread(1).orElseThrow().outbox().isEmpty());
    }

    @Test
    void olderMessagesArePagedInBeforeTheFirstHeldUntilTheStart() {
        harness.connect(direct(1, 30, 30));
        harness.await("resumed after 10", snapshot -> resumesAfter(1).contains(10L));
        for (long seq = 11; seq <= 30; seq++) {
            harness.receive(TeamChatMessages.MESSAGE, fromBob(1, seq, "m" + seq));
        }
        TeamThread thread = harness.await("the newest held", snapshot -> snapshot.thread(1).orElseThrow().messages().size() == 20)
                .thread(1).orElseThrow();
        assertThat(thread.hasEarlier()).isTrue();

        harness.earlierPages.put(11L, new TeamMessagePage(java.util.stream.LongStream.rangeClosed(2, 10).mapToObj(seq -> fromBob(1, seq, "m" + seq))
                .toList(), true));
        harness.service().loadEarlier(1).join();
        thread = harness.await("a page earlier", snapshot -> snapshot.thread(1).orElseThrow().messages().size() == 29).thread(1).orElseThrow();
        assertThat(thread.messages().get(0).seq()).isEqualTo(2);
        assertThat(thread.hasEarlier()).isTrue();

        harness.earlierPages.put(2L, new TeamMessagePage(List.of(fromBob(1, 1, "m1")), false));
        harness.service().loadEarlier(1).join();
        thread = harness.await("the first", snapshot -> snapshot.thread(1).orElseThrow().messages().size() == 30).thread(1).orElseThrow();
        assertThat(thread.messages()).extracting(TeamMessage::seq).startsWith(1L, 2L, 3L).endsWith(30L);
        assertThat(thread.hasEarlier()).as("nothing before the first").isFalse();
        assertThat(thread.unread()).as("older messages are read already").isZero();
    }

    @Test
    void anAdHocGroupJoinedLateStartsWhereTheAgentJoinedItsChangesAreNotUnreadAndLeavingDropsIt() {
        // the agent was added at seq 41: the group's 40 messages before are not theirs
        TeamConversation group = new TeamConversation(5, TeamConversationKind.AD_HOC, null, "Refund checks",
                List.of(TeamChatHarness.SELF, TeamChatHarness.BOB), 41, 40, TeamChatHarness.START, TeamChatHarness.BOB, 40);
        harness.connect(group);
        harness.await("resumed from where the agent joined", snapshot -> resumesAfter(5).contains(40L));
        harness.receive(TeamChatMessages.MESSAGE, new TeamMessage(5, 41, "event-1", TeamChatHarness.BOB, "Bob", TeamMessageKind.EVENT, "",
                null, TeamChatHarness.START, new TeamEvent(TeamEventType.ADDED, List.of(TeamChatHarness.SELF), null)));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(5, 42, "welcome"));
        TeamThread thread = harness.await("both held", snapshot -> snapshot.thread(5).orElseThrow().messages().size() == 2)
                .thread(5).orElseThrow();
        assertThat(thread.hasEarlier()).as("nothing earlier is the agent's to page in").isFalse();
        assertThat(thread.unread()).as("the text counts; the change of the group does not").isEqualTo(1);
        harness.service().loadEarlier(5).join();
        assertThat(harness.service().snapshot().thread(5).orElseThrow().messages()).hasSize(2);

        harness.receive(TeamChatMessages.LEFT, new TeamChatMessages.Left(5));
        harness.await("gone from the list", snapshot -> snapshot.thread(5).isEmpty());
        harness.restart();
        assertThat(harness.service().snapshot().thread(5)).as("and from the cache").isEmpty();
    }

    @Test
    void aColleagueShowsAsTypingUntilTheyStopSendOrFallSilentAndTheAgentsTypingIsToldSparingly() {
        harness.connect(direct(1, 0, 0));
        harness.await("the conversation", snapshot -> snapshot.thread(1).isPresent());
        harness.receive(TeamChatMessages.TYPING, new TeamChatMessages.Typing(1, true, TeamChatHarness.BOB));
        harness.await("bob typing", snapshot -> snapshot.thread(1).orElseThrow().typing().equals(List.of(TeamChatHarness.BOB)));
        harness.receive(TeamChatMessages.MESSAGE, fromBob(1, 1, "here it is"));
        harness.await("his message ends it", snapshot -> snapshot.thread(1).orElseThrow().typing().isEmpty());

        harness.receive(TeamChatMessages.TYPING, new TeamChatMessages.Typing(1, true, TeamChatHarness.BOB));
        harness.await("bob typing again", snapshot -> !snapshot.thread(1).orElseThrow().typing().isEmpty());
        harness.scheduler.runNext();
        harness.await("silent for a while: a lost 'stopped' does not leave him typing", snapshot -> snapshot.thread(1).orElseThrow().typing()
                .isEmpty());
        assertThat(harness.scheduler.delays()).contains(TeamTyping.HEARD_FOR);

        harness.service().keystroke(1);
        harness.service().keystroke(1);
        harness.settle();
        assertThat(harness.socket.sent(TeamChatMessages.TYPING)).as("one 'typing' for a burst of keys").hasSize(1);
        harness.service().send(1, "ok").join();
        harness.settle();
        assertThat(harness.socket.sent(TeamChatMessages.TYPING)).extracting(sent -> sent.payload().path("typing").asBoolean())
                .as("sending says stopped").containsExactly(true, false);
    }

    private List<Long> resumesAfter(long conversationId) {
        return harness.socket.sent(TeamChatMessages.RESUME).stream()
                .filter(sent -> sent.payload().path("conversationId").asLong() == conversationId)
                .map(sent -> sent.payload().path("after").asLong()).toList();
    }
}
