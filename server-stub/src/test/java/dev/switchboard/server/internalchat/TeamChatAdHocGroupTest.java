package dev.switchboard.server.internalchat;

import static dev.switchboard.server.internalchat.TeamChatSupport.answerTo;
import static dev.switchboard.server.internalchat.TeamChatSupport.messageOf;
import static dev.switchboard.server.internalchat.TeamChatSupport.say;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.NewTeamMessage;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamEvent;
import dev.switchboard.shared.teamchat.TeamEventType;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import dev.switchboard.shared.ws.Envelope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ad-hoc groups of colleagues over real sockets and HTTP: made with chosen colleagues and a name,
 * members added and removed by the owner or an administrator, renamed and left by any member,
 * each member reading from when they joined; nobody outside reaches it.
 */
class TeamChatAdHocGroupTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");
    final TeamChatSupport team = new TeamChatSupport(backend);

    @Test
    void anAgentMakesAGroupWhoseMembersWorkstationsGetItAtOnceAndTalkInIt() {
        try (SocketClient aliceDesk = team.connect(alice); SocketClient bobDesk = team.connect(bob)) {
            TeamConversation group = team.adHoc(alice, "  退款复核 Refund checks ", "bob");
            assertThat(group.kind()).isEqualTo(TeamConversationKind.AD_HOC);
            assertThat(group.title()).as("the name, trimmed").isEqualTo("退款复核 Refund checks");
            assertThat(group.memberIds()).containsExactlyInAnyOrder(team.idOf("alice"), team.idOf("bob"));
            assertThat(group.ownerId()).isEqualTo(team.idOf("alice"));
            assertThat(group.groupId()).isNull();

            TeamConversation atBob = conversationAt(bobDesk, group.id());
            assertThat(atBob.title()).isEqualTo("退款复核 Refund checks");
            assertThat(atBob.joinedSeq()).as("a first member reads it all").isZero();
            TeamMessage made = eventAt(bobDesk, group.id());
            assertThat(made.kind()).isEqualTo(TeamMessageKind.EVENT);
            assertThat(made.senderId()).isEqualTo(team.idOf("alice"));
            assertThat(made.event()).isEqualTo(new TeamEvent(TeamEventType.CREATED, List.of(team.idOf("bob")), "退款复核 Refund checks"));
            assertThat(made.body()).isEmpty();

            long seq = say(aliceDesk, group.id(), "a-1", "SB-2041 退 2300 元，请复核");
            assertThat(messageOf(bobDesk, "a-1").seq()).isEqualTo(seq);
            assertThat(say(bobDesk, group.id(), "b-1", "已复核 ✔")).isEqualTo(seq + 1);
            assertThat(List.of(api.get("/api/v1/team/conversations", bob).as(TeamConversation[].class)))
                    .extracting(TeamConversation::id).contains(group.id());
        }
    }

    @Test
    void nobodyOutsideTheGroupReadsWritesOrChangesItWhateverTheirRole() {
        TeamConversation group = team.adHoc(alice, "Refund checks", "bob");
        String messages = "/api/v1/team/conversations/" + group.id() + "/messages";
        for (String outsider : List.of(carol, admin)) {
            assertThat(api.get(messages, outsider).status()).isEqualTo(403);
            ApiResponse post = api.post(messages, outsider, new NewTeamMessage("x-1", "hi", null));
            assertThat(post.status()).isEqualTo(403);
            assertThat(post.isProblem()).isTrue();
            assertThat(team.rename(outsider, group.id(), "Mine now").status()).isEqualTo(403);
            assertThat(team.add(outsider, group.id(), "carol").status()).isEqualTo(403);
            assertThat(team.remove(outsider, group.id(), "bob").status()).isEqualTo(403);
            try (SocketClient socket = team.connect(outsider)) {
                assertThat(answerTo(socket, socket.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(group.id(), "x-2", "hi", null))))
                        .isEqualTo(403);
                assertThat(answerTo(socket, socket.send(TeamChatMessages.RESUME, new TeamChatMessages.Resume(group.id(), 0)))).isEqualTo(403);
            }
            assertThat(List.of(api.get("/api/v1/team/conversations", outsider).as(TeamConversation[].class)))
                    .extracting(TeamConversation::id).doesNotContain(group.id());
        }
        assertThat(api.get(messages, bob).as(TeamMessagePage.class).messages()).extracting(TeamMessage::kind)
                .as("nothing of theirs was stored, the name is unchanged").containsExactly(TeamMessageKind.EVENT);
        assertThat(api.get("/api/v1/team/conversations", bob).as(TeamConversation[].class))
                .filteredOn(conversation -> conversation.id() == group.id()).extracting(TeamConversation::title).containsExactly("Refund checks");
    }

    @Test
    void aMemberAddedLaterReadsFromWhenTheyJoinedOthersKeepTheWholeHistory() {
        TeamConversation group = team.adHoc(alice, "Refund checks", "bob");
        try (SocketClient aliceDesk = team.connect(alice); SocketClient carolDesk = team.connect(carol)) {
            say(aliceDesk, group.id(), "a-1", "before carol");
            ApiResponse added = team.add(alice, group.id(), "carol", "bob");
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            assertThat(added.as(TeamConversation.class).memberIds()).containsExactlyInAnyOrder(team.idOf("alice"), team.idOf("bob"),
                    team.idOf("carol"));

            TeamConversation atCarol = conversationAt(carolDesk, group.id());
            TeamMessage joined = eventAt(carolDesk, group.id());
            assertThat(joined.event()).as("bob was in it already").isEqualTo(new TeamEvent(TeamEventType.ADDED, List.of(team.idOf("carol")), null));
            assertThat(atCarol.joinedSeq()).isEqualTo(joined.seq() - 1);
            assertThat(atCarol.readSeq()).as("nothing from before is unread for her").isEqualTo(joined.seq() - 1);

            TeamMessagePage carolsPage = api.get("/api/v1/team/conversations/" + group.id() + "/messages", carol).as(TeamMessagePage.class);
            assertThat(carolsPage.messages()).extracting(TeamMessage::seq).containsExactly(joined.seq());
            assertThat(carolsPage.hasMore()).isFalse();
            assertThat(api.get("/api/v1/team/conversations/" + group.id() + "/messages?after=0", carol).as(TeamMessagePage.class).messages())
                    .extracting(TeamMessage::seq).containsExactly(joined.seq());
            carolDesk.send(TeamChatMessages.RESUME, new TeamChatMessages.Resume(group.id(), 0));
            assertThat(carolDesk.collectUntil("ack").stream().filter(e -> TeamChatMessages.MESSAGE.equals(e.type()))
                    .map(e -> e.payload().path("seq").asLong()).toList()).as("a resume from 0 starts where she joined").containsExactly(joined.seq());
            assertThat(api.get("/api/v1/team/conversations/" + group.id() + "/messages", alice).as(TeamMessagePage.class).messages())
                    .extracting(TeamMessage::body).contains("before carol");
            assertThat(team.add(alice, group.id(), "carol").status()).as("adding a member again changes nothing").isEqualTo(200);
        }
    }

    @Test
    void onlyTheOwnerOrAnAdministratorAmongTheMembersAddsAndRemovesAnyMemberRenamesOrLeaves() {
        TeamConversation group = team.adHoc(alice, "Refund checks", "bob", "carol");
        try (SocketClient aliceDesk = team.connect(alice); SocketClient bobDesk = team.connect(bob)) {
            assertThat(team.add(bob, group.id(), "admin").status()).as("bob is a member, not the owner").isEqualTo(403);
            assertThat(team.remove(bob, group.id(), "carol").status()).isEqualTo(403);

            ApiResponse renamed = team.rename(bob, group.id(), "大额退款 Large refunds");
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
            assertThat(conversationAt(aliceDesk, group.id()).title()).isEqualTo("大额退款 Large refunds");
            TeamMessage renaming = eventAt(aliceDesk, group.id());
            assertThat(renaming.senderId()).isEqualTo(team.idOf("bob"));
            assertThat(renaming.event()).isEqualTo(new TeamEvent(TeamEventType.RENAMED, List.of(), "大额退款 Large refunds"));

            assertThat(team.add(alice, group.id(), "admin").status()).isEqualTo(200);
            assertThat(team.remove(admin, group.id(), "carol").status()).as("an administrator among the members").isEqualTo(204);
            assertThat(team.remove(alice, group.id(), "carol").status()).as("no longer in it").isEqualTo(404);

            // the owner leaves: the member who has been in it longest owns it now
            assertThat(team.remove(alice, group.id(), "alice").status()).isEqualTo(204);
            assertThat(aliceDesk.await(e -> TeamChatMessages.LEFT.equals(e.type()) && e.payload().path("conversationId").asLong() == group.id(),
                    "alice's workstation drops the group")).isNotNull();
            long bobId = team.idOf("bob");
            TeamConversation atBob = Json.mapper().convertValue(bobDesk.await(e -> TeamChatMessages.CONVERSATION.equals(e.type())
                    && e.payload().path("id").asLong() == group.id() && e.payload().path("ownerId").asLong() == bobId,
                    "the group owned by bob").payload(), TeamConversation.class);
            assertThat(atBob.memberIds()).containsExactlyInAnyOrder(team.idOf("bob"), team.idOf("admin"));
            assertThat(team.remove(bob, group.id(), "admin").status()).isEqualTo(204);
            assertThat(answerTo(aliceDesk, aliceDesk.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(group.id(), "a-9", "still here?", null))))
                    .as("out of the group, out of its conversation").isEqualTo(403);
            assertThat(api.get("/api/v1/team/conversations/" + group.id() + "/messages", bob).as(TeamMessagePage.class).messages())
                    .extracting(message -> message.event().type())
                    .containsExactly(TeamEventType.CREATED, TeamEventType.RENAMED, TeamEventType.ADDED, TeamEventType.REMOVED, TeamEventType.LEFT,
                            TeamEventType.REMOVED);
        }
    }

    @Test
    void badRequestsAreRefusedWithProblems() {
        ApiResponse noName = api.post("/api/v1/team/groups", alice, new NewTeamGroup(" ", List.of(team.idOf("bob"))));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("errors").get(0).path("field").asText()).isEqualTo("title");
        assertThat(api.post("/api/v1/team/groups", alice, new NewTeamGroup("x".repeat(NewTeamGroup.MAX_TITLE + 1), List.of(team.idOf("bob"))))
                .status()).isEqualTo(400);
        ApiResponse alone = api.post("/api/v1/team/groups", alice, new NewTeamGroup("Me", List.of(team.idOf("alice"))));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.json().path("errors").get(0).path("field").asText()).isEqualTo("memberIds");
        assertThat(api.post("/api/v1/team/groups", alice, new NewTeamGroup("Ghosts", List.of(999_999L))).status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/team/groups", alice, "{\"title\":\"x\",\"memberIds\":[null]}", ApiClient.JSON).status())
                .isEqualTo(400);

        TeamConversation direct = team.direct(alice, "bob");
        ApiResponse renameDirect = team.rename(alice, direct.id(), "Us");
        assertThat(renameDirect.status()).as("a one-to-one has no name to change").isEqualTo(409);
        assertThat(renameDirect.isProblem()).isTrue();
        assertThat(team.add(alice, team.group(alice, "售前 Pre-sales").id(), "bob").status()).as("a skill group's members are its group's")
                .isEqualTo(409);
        assertThat(team.rename(alice, 999_999, "x").status()).isEqualTo(404);
    }

    private static TeamConversation conversationAt(SocketClient desk, long id) {
        Envelope told = desk.await(e -> TeamChatMessages.CONVERSATION.equals(e.type()) && e.payload().path("id").asLong() == id,
                "team.conversation " + id);
        return Json.mapper().convertValue(told.payload(), TeamConversation.class);
    }

    private static TeamMessage eventAt(SocketClient desk, long id) {
        Envelope event = desk.await(e -> TeamChatMessages.MESSAGE.equals(e.type()) && e.payload().path("conversationId").asLong() == id
                && "EVENT".equals(e.payload().path("kind").asText()), "an event of " + id);
        return Json.mapper().convertValue(event.payload(), TeamMessage.class);
    }
}
