package dev.switchboard.server.internalchat;

import static dev.switchboard.server.internalchat.TeamChatSupport.ackOf;
import static dev.switchboard.server.internalchat.TeamChatSupport.messageOf;
import static dev.switchboard.server.internalchat.TeamChatSupport.say;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.teamchat.NewTeamMessage;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import dev.switchboard.shared.ws.Envelope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages between colleagues over real sockets: delivery, idempotent resends, resume after a reconnect and a restart, history. */
class TeamChatDeliveryTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final TeamChatSupport team = new TeamChatSupport(backend);

    @Test
    void aOneToOneMessageIsStoredNumberedAndReachesEveryWorkstationOfBothColleagues() {
        try (SocketClient aliceDesk = team.connect(alice);
             SocketClient aliceLaptop = team.connect(alice);
             SocketClient bobDesk = team.connect(bob)) {
            TeamConversation direct = team.direct(alice, "bob");
            assertThat(direct.kind()).isEqualTo(TeamConversationKind.DIRECT);
            assertThat(direct.memberIds()).containsExactlyInAnyOrder(team.idOf("alice"), team.idOf("bob"));
            Envelope told = bobDesk.await(TeamChatMessages.CONVERSATION);
            assertThat(told.payload().path("id").asLong()).as("bob's workstation learns of the new conversation").isEqualTo(direct.id());
            assertThat(team.direct(bob, "alice").id()).as("one conversation per pair, whoever asks").isEqualTo(direct.id());

            aliceDesk.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(direct.id(), "a-1", "有空看下 <b>#1042</b> 吗？", null));
            Envelope atBob = messageOf(bobDesk, "a-1");
            TeamMessage message = Json.mapper().convertValue(atBob.payload(), TeamMessage.class);
            assertThat(message.seq()).isEqualTo(1);
            assertThat(atBob.seq()).as("the envelope carries the seq").isEqualTo(1);
            assertThat(message.senderName()).isEqualTo("Alice 王丽");
            assertThat(message.body()).as("plain text, as written").isEqualTo("有空看下 <b>#1042</b> 吗？");
            assertThat(messageOf(aliceLaptop, "a-1").seq()).as("the sender's other workstation hears it too").isEqualTo(1);
            assertThat(ackOf(aliceDesk, "a-1").payload().path("seq").asLong()).isEqualTo(1);

            assertThat(say(bobDesk, direct.id(), "b-1", "好的")).isEqualTo(2);
            assertThat(messageOf(aliceDesk, "b-1").payload().path("body").asText()).isEqualTo("好的");
        }
    }

    @Test
    void sendingTheSameClientIdAgainAnswersTheStoredMessageAndStoresItOnce() {
        TeamConversation direct = team.direct(alice, "bob");
        try (SocketClient aliceDesk = team.connect(alice); SocketClient aliceLaptop = team.connect(alice)) {
            assertThat(say(aliceDesk, direct.id(), "a-1", "first")).isEqualTo(1);
            // a workstation that never got its ack sends again, and so may another with the same outbox
            assertThat(say(aliceDesk, direct.id(), "a-1", "first")).isEqualTo(1);
            aliceDesk.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(direct.id(), "a-2", "second", null));
            aliceLaptop.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(direct.id(), "a-2", "second", null));
            long seq = ackOf(aliceDesk, "a-2").payload().path("seq").asLong();
            assertThat(ackOf(aliceLaptop, "a-2").payload().path("seq").asLong()).as("sent at once from two sockets").isEqualTo(seq);
        }
        ApiResponse repeat = api.post("/api/v1/team/conversations/" + direct.id() + "/messages", alice, new NewTeamMessage("a-1", "first", null));
        assertThat(repeat.status()).as("a repeat over REST is not a new message").isEqualTo(200);
        assertThat(repeat.as(TeamMessage.class).seq()).isEqualTo(1);
        ApiResponse fresh = api.post("/api/v1/team/conversations/" + direct.id() + "/messages", alice, new NewTeamMessage("a-3", "third", null));
        assertThat(fresh.status()).isEqualTo(201);

        TeamMessagePage history = api.get("/api/v1/team/conversations/" + direct.id() + "/messages", bob).as(TeamMessagePage.class);
        assertThat(history.messages()).extracting(TeamMessage::clientId).containsExactly("a-1", "a-2", "a-3");
        assertThat(history.messages()).extracting(TeamMessage::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aWorkstationThatWasAwayLearnsTheLastSeqsOnConnectAndResumesExactlyWhatItMissedEvenAcrossARestart() {
        TeamConversation direct = team.direct(alice, "bob");
        try (SocketClient aliceDesk = team.connect(alice)) {
            try (SocketClient bobDesk = team.connect(bob)) {
                say(aliceDesk, direct.id(), "a-1", "one");
                messageOf(bobDesk, "a-1");
                bobDesk.drop();
            }
            say(aliceDesk, direct.id(), "a-2", "two");
            say(aliceDesk, direct.id(), "a-3", "three");
        }
        // acknowledged means stored: a backend stopped and started again still has every message
        backend.restart();

        try (SocketClient bobBack = SocketClient.connect(backend.wsUrl(dev.switchboard.shared.ws.AgentSocket.PATH), backend.token("bob"))) {
            Envelope list = bobBack.await(TeamChatMessages.CONVERSATIONS);
            JsonNode conversation = null;
            for (JsonNode each : list.payload().path("conversations")) {
                if (each.path("id").asLong() == direct.id()) {
                    conversation = each;
                }
            }
            assertThat(conversation).as("the list names the conversation").isNotNull();
            assertThat(conversation.path("lastSeq").asLong()).as("so bob knows he is behind").isEqualTo(3);

            bobBack.send(TeamChatMessages.RESUME, new TeamChatMessages.Resume(direct.id(), 1));
            List<String> bodies = new ArrayList<>();
            bodies.add(bobBack.await(TeamChatMessages.MESSAGE).payload().path("body").asText());
            bodies.add(bobBack.await(TeamChatMessages.MESSAGE).payload().path("body").asText());
            assertThat(bodies).containsExactly("two", "three");
        }
    }

    @Test
    void historyPagesBackwardsFromTheNewestAndForwardsFromASeq() {
        TeamConversation direct = team.direct(alice, "bob");
        try (SocketClient aliceDesk = team.connect(alice)) {
            for (int i = 1; i <= 7; i++) {
                say(aliceDesk, direct.id(), "a-" + i, "message " + i);
            }
        }
        String messages = "/api/v1/team/conversations/" + direct.id() + "/messages";
        TeamMessagePage newest = api.get(messages + "?limit=3", bob).as(TeamMessagePage.class);
        assertThat(newest.messages()).extracting(TeamMessage::seq).containsExactly(5L, 6L, 7L);
        assertThat(newest.hasMore()).isTrue();
        TeamMessagePage older = api.get(messages + "?before=5&limit=3", bob).as(TeamMessagePage.class);
        assertThat(older.messages()).extracting(TeamMessage::seq).containsExactly(2L, 3L, 4L);
        assertThat(older.hasMore()).isTrue();
        TeamMessagePage oldest = api.get(messages + "?before=2&limit=3", bob).as(TeamMessagePage.class);
        assertThat(oldest.messages()).extracting(TeamMessage::seq).containsExactly(1L);
        assertThat(oldest.hasMore()).isFalse();
        TeamMessagePage forwards = api.get(messages + "?after=5&limit=10", bob).as(TeamMessagePage.class);
        assertThat(forwards.messages()).extracting(TeamMessage::seq).containsExactly(6L, 7L);
        assertThat(forwards.hasMore()).isFalse();

        ApiResponse both = api.get(messages + "?after=1&before=5", bob);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.isProblem()).isTrue();
    }

    @Test
    void aReadMarkMovesOnlyForwardAndReachesTheReadersOtherWorkstations() {
        TeamConversation direct = team.direct(alice, "bob");
        try (SocketClient aliceDesk = team.connect(alice); SocketClient bobDesk = team.connect(bob); SocketClient bobLaptop = team.connect(bob)) {
            say(aliceDesk, direct.id(), "a-1", "one");
            say(aliceDesk, direct.id(), "a-2", "two");
            bobDesk.send(TeamChatMessages.READ, new TeamChatMessages.Read(direct.id(), 2));
            Envelope read = bobLaptop.await(TeamChatMessages.READ);
            assertThat(read.payload().path("seq").asLong()).isEqualTo(2);
            bobDesk.send(TeamChatMessages.READ, new TeamChatMessages.Read(direct.id(), 1));
            bobDesk.send(TeamChatMessages.READ, new TeamChatMessages.Read(direct.id(), 99));
            String last = bobDesk.send(TeamChatMessages.READ, new TeamChatMessages.Read(direct.id(), 2));
            assertThat(TeamChatSupport.answerTo(bobDesk, last)).isEqualTo(200);
        }
        assertThat(team.direct(bob, "alice").readSeq()).as("neither back nor past the last message").isEqualTo(2);
        assertThat(team.direct(alice, "bob").readSeq()).as("each member has their own mark").isZero();
    }
}
