package dev.switchboard.server.internalchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A colleague typing in the team chat, over real sockets: told to the conversation's other members, refused outside it. */
class TeamChatTypingTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final TeamChatSupport team = new TeamChatSupport(backend);

    @Test
    void theOtherMembersHearWhoIsTypingAndWhenTheyStopTheTyperAndOutsidersDoNot() {
        TeamConversation group = team.adHoc(alice, "Typing", "bob");
        try (SocketClient aliceDesk = team.connect(alice); SocketClient bobDesk = team.connect(bob); SocketClient carolDesk = team.connect(carol)) {
            aliceDesk.send(TeamChatMessages.TYPING, new TeamChatMessages.Typing(group.id(), true, null));
            // anything the server sends alice for it comes before its ack: no echo of her own typing
            assertThat(aliceDesk.collectUntil(MessageTypes.ACK)).extracting(Envelope::type).doesNotContain(TeamChatMessages.TYPING);
            Envelope heard = bobDesk.await(TeamChatMessages.TYPING);
            assertThat(heard.payload().path("conversationId").asLong()).isEqualTo(group.id());
            assertThat(heard.payload().path("agentId").asLong()).as("the server says who").isEqualTo(team.idOf("alice"));
            assertThat(heard.payload().path("typing").asBoolean()).isTrue();

            aliceDesk.send(TeamChatMessages.TYPING, new TeamChatMessages.Typing(group.id(), false, null));
            assertThat(bobDesk.await(TeamChatMessages.TYPING).payload().path("typing").asBoolean()).isFalse();

            // bob heard both, so whatever carol was sent for them came before her own refusal
            carolDesk.send(TeamChatMessages.TYPING, new TeamChatMessages.Typing(group.id(), true, null));
            List<Envelope> atCarol = carolDesk.collectUntil(MessageTypes.ERROR);
            assertThat(atCarol).extracting(Envelope::type).doesNotContain(TeamChatMessages.TYPING);
            assertThat(atCarol.get(atCarol.size() - 1).payload().path("problem").path("status").asInt()).as("carol is not in the group")
                    .isEqualTo(403);
        }
    }
}
