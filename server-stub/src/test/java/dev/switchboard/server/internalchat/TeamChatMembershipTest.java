package dev.switchboard.server.internalchat;

import static dev.switchboard.server.internalchat.TeamChatSupport.answerTo;
import static dev.switchboard.server.internalchat.TeamChatSupport.messageOf;
import static dev.switchboard.server.internalchat.TeamChatSupport.say;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.teamchat.NewDirectConversation;
import dev.switchboard.shared.teamchat.NewTeamMessage;
import dev.switchboard.shared.teamchat.SharedChat;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import dev.switchboard.shared.ws.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who reaches a conversation between colleagues: its members only, a group's following the group; sharing a visitor chat needs the right to read it. */
class TeamChatMembershipTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");
    final TeamChatSupport team = new TeamChatSupport(backend);

    @Test
    void nobodyOutsideAConversationReadsOrWritesItWhateverTheirRole() {
        TeamConversation direct = team.direct(alice, "bob");
        String messages = "/api/v1/team/conversations/" + direct.id() + "/messages";
        for (String outsider : List.of(carol, admin)) {
            assertThat(api.get(messages, outsider).status()).as("a supervisor or admin does not read colleagues' one-to-one").isEqualTo(403);
            ApiResponse post = api.post(messages, outsider, new NewTeamMessage("x-1", "hi", null));
            assertThat(post.status()).isEqualTo(403);
            assertThat(post.isProblem()).isTrue();
            try (SocketClient socket = team.connect(outsider)) {
                assertThat(answerTo(socket, socket.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(direct.id(), "x-2", "hi", null))))
                        .isEqualTo(403);
                assertThat(answerTo(socket, socket.send(TeamChatMessages.RESUME, new TeamChatMessages.Resume(direct.id(), 0)))).isEqualTo(403);
                assertThat(answerTo(socket, socket.send(TeamChatMessages.READ, new TeamChatMessages.Read(direct.id(), 1)))).isEqualTo(403);
            }
        }
        assertThat(api.get(messages, bob).json().path("messages")).as("nothing of theirs was stored").isEmpty();
        assertThat(api.get("/api/v1/team/conversations", carol).as(TeamConversation[].class))
                .extracting(TeamConversation::id).doesNotContain(direct.id());

        ApiResponse self = api.post("/api/v1/team/conversations", alice, new NewDirectConversation(team.idOf("alice")));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().path("errors").get(0).path("field").asText()).isEqualTo("agentId");
    }

    @Test
    void eachGroupHasAConversationOfItsMembersOnly() {
        TeamConversation presales = team.group(alice, "售前 Pre-sales");
        assertThat(presales.kind()).isEqualTo(TeamConversationKind.GROUP);
        assertThat(presales.memberIds()).containsExactlyInAnyOrder(team.idOf("alice"), team.idOf("carol"));
        assertThat(List.of(api.get("/api/v1/team/conversations", alice).as(TeamConversation[].class)))
                .extracting(TeamConversation::title).contains("售前 Pre-sales", "VIP").doesNotContain("售后 After-sales");

        try (SocketClient aliceDesk = team.connect(alice); SocketClient carolDesk = team.connect(carol); SocketClient bobDesk = team.connect(bob)) {
            long seq = say(aliceDesk, presales.id(), "a-1", "A7 的库存还有吗？");
            assertThat(messageOf(carolDesk, "a-1").seq()).isEqualTo(seq);
            assertThat(answerTo(bobDesk, bobDesk.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(presales.id(), "b-1", "me too", null))))
                    .as("bob is not in Pre-sales").isEqualTo(403);
        }
    }

    @Test
    void aGroupsConversationFollowsItsMembershipAndTheMembersWorkstationHearsAtOnce() {
        TeamConversation presales = team.group(alice, "售前 Pre-sales");
        long bobId = team.idOf("bob");
        List<Long> bobsGroups = new ArrayList<>();
        api.get("/api/v1/agents/" + bobId, admin).json().path("groupIds").forEach(id -> bobsGroups.add(id.asLong()));
        try (SocketClient bobDesk = team.connect(bob)) {
            List<Long> withPresales = new ArrayList<>(bobsGroups);
            withPresales.add(presales.groupId());
            assertThat(api.patch("/api/v1/agents/" + bobId, admin, new AgentPatch(null, null, null, withPresales, null, null)).status())
                    .isEqualTo(200);
            assertThat(conversationIds(bobDesk.await(TeamChatMessages.CONVERSATIONS))).as("bob's list comes again with his new group")
                    .contains(presales.id());
            assertThat(say(bobDesk, presales.id(), "b-1", "我来帮忙 I can help")).isPositive();

            assertThat(api.patch("/api/v1/agents/" + bobId, admin, new AgentPatch(null, null, null, bobsGroups, null, null)).status())
                    .isEqualTo(200);
            assertThat(conversationIds(bobDesk.await(TeamChatMessages.CONVERSATIONS))).doesNotContain(presales.id());
            assertThat(answerTo(bobDesk, bobDesk.send(TeamChatMessages.RESUME, new TeamChatMessages.Resume(presales.id(), 0))))
                    .as("out of the group, out of its conversation").isEqualTo(403);
        }
        assertThat(api.get("/api/v1/team/conversations/" + presales.id() + "/messages", alice).json().path("messages").toString())
                .as("what bob wrote while a member stays").contains("I can help");
    }

    @Test
    void aVisitorChatIsSharedAsALinkOnlyByWhoMayReadItAndOpeningItIsCheckedAsAnyRead() {
        long chatId;
        try (SocketClient aliceDesk = team.connect(alice);
             VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/a7", "A7", null)) {
            visitor.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "王先生", "question", "售前咨询 Pre-sales")));
            chatId = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
            aliceDesk.await(ChatMessages.ASSIGNED);
        }
        TeamConversation withBob = team.direct(alice, "bob");
        ApiResponse shared = api.post("/api/v1/team/conversations/" + withBob.id() + "/messages", alice,
                new NewTeamMessage("share-1", "这位客户问过 A7", chatId));
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        TeamMessage link = shared.as(TeamMessage.class);
        assertThat(link.kind()).isEqualTo(TeamMessageKind.CHAT_LINK);
        assertThat(link.sharedChat()).isEqualTo(new SharedChat(chatId, "王先生"));
        assertThat(link.body()).isEqualTo("这位客户问过 A7");

        assertThat(api.get("/api/v1/conversations/" + chatId, bob).status()).as("bob is not in the visitor chat").isEqualTo(403);
        TeamConversation withCarol = team.direct(alice, "carol");
        assertThat(api.post("/api/v1/team/conversations/" + withCarol.id() + "/messages", alice, new NewTeamMessage("share-2", null, chatId))
                .status()).as("a link needs no comment").isEqualTo(201);
        assertThat(api.get("/api/v1/conversations/" + chatId, carol).status()).as("a supervisor reads it").isEqualTo(200);

        ApiResponse bobShares = api.post("/api/v1/team/conversations/" + withBob.id() + "/messages", bob, new NewTeamMessage("share-3", null, chatId));
        assertThat(bobShares.status()).as("nobody shares a chat they may not read").isEqualTo(403);
        assertThat(api.post("/api/v1/team/conversations/" + withBob.id() + "/messages", alice, new NewTeamMessage("share-4", null, 999_999L))
                .status()).isEqualTo(404);
    }

    private static List<Long> conversationIds(Envelope list) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode conversation : list.payload().path("conversations")) {
            ids.add(Json.mapper().convertValue(conversation, TeamConversation.class).id());
        }
        return ids;
    }
}
