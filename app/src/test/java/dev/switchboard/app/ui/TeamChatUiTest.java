package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.internalchat.ui.ShareChatViewModel;
import dev.switchboard.app.internalchat.ui.TeamChatViewModel;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.ApiClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Agents' workstations against a real backend: a one-to-one team chat, its unread badge and alert;
 * a group made with a colleague, talked in and left; sharing a visitor chat.
 */
class TeamChatUiTest {

    private final FxRobot robot = new FxRobot();
    private SwitchboardServer server;

    @BeforeAll
    static void startToolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @BeforeEach
    void startBackend(@TempDir Path serverData) {
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterEach
    void stopBackend() {
        server.close();
    }

    @Test
    void twoAgentsExchangeMessagesAndTheUnreadBadgeAppearsUntilTheConversationIsSeen(@TempDir Path aliceHome, @TempDir Path bobHome)
            throws Exception {
        long bobId = idOf("bob");
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             WorkstationDriver bob = WorkstationDriver.start(bobHome, server.baseUrl(), "bob", "switchboard")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Stage bobWindow = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
            connected(aliceWindow);
            connected(bobWindow);
            Label bobBadge = find(robot, bobWindow, "#teamChatUnread");
            assertThat(onFx(bobBadge::isVisible)).as("nothing unread yet").isFalse();

            focus(aliceWindow);
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-TEAM_CHAT"));
            robot.clickOn((Node) find(robot, aliceWindow, "#teamChatNew"));
            waitUntil("bob offered as a colleague", () -> robot.lookup("#teamChatWith-" + bobId).tryQuery().isPresent());
            robot.clickOn(robot.lookup("#teamChatWith-" + bobId).queryAs(Node.class));
            Label title = find(robot, aliceWindow, "#teamChatTitle");
            waitUntil("the conversation with bob open", () -> onFx(title::getText).equals("Bob 张伟"));
            robot.clickOn((Node) find(robot, aliceWindow, "#teamChatInput")).write("Bob, can you check order <b>#1042</b>?")
                    .type(KeyCode.ENTER);
            ListView<?> aliceLines = find(robot, aliceWindow, "#teamChatMessages");
            waitUntil("alice's message stored, shown as she wrote it", () -> shows(aliceLines, "Bob, can you check order <b>#1042</b>?")
                    && !shows(aliceLines, "Sending…"));

            waitUntil("bob's badge counts the message", () -> onFx(() -> bobBadge.isVisible() && bobBadge.getText().equals("1")));
            String alertId = "#alert-team-" + conversationWithBob(aliceWindow);
            waitUntil("bob is alerted while another page shows", () -> lookup(bobWindow, alertId).isPresent());

            focus(bobWindow);
            robot.clickOn((Node) find(robot, bobWindow, "#nav-TEAM_CHAT"));
            waitUntil("the conversation listed for bob", () -> lookup(bobWindow, "#teamChatConversation-" + conversationWithBob(aliceWindow))
                    .isPresent());
            robot.clickOn(lookup(bobWindow, "#teamChatConversation-" + conversationWithBob(aliceWindow)).orElseThrow());
            ListView<?> bobLines = find(robot, bobWindow, "#teamChatMessages");
            waitUntil("bob reads alice's message as plain text", () -> shows(bobLines, "Bob, can you check order <b>#1042</b>?"));
            waitUntil("seen: the badge clears", () -> onFx(() -> !bobBadge.isVisible() && bobBadge.getText().equals("0")));
            waitUntil("and so does the alert", () -> lookup(bobWindow, alertId).isEmpty());

            // alice went on to another page: bob's reply waits for her there
            focus(aliceWindow);
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-CHATS"));
            focus(bobWindow);
            robot.clickOn((Node) find(robot, bobWindow, "#teamChatInput")).write("好的，马上看").type(KeyCode.ENTER);
            Label aliceBadge = find(robot, aliceWindow, "#teamChatUnread");
            waitUntil("unread while alice is on another page", () -> onFx(() -> aliceBadge.isVisible() && aliceBadge.getText().equals("1")));
            focus(aliceWindow);
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-TEAM_CHAT"));
            waitUntil("alice sees the reply", () -> shows(aliceLines, "好的，马上看"));
            waitUntil("and it is read", () -> onFx(() -> !aliceBadge.isVisible()));
        }
    }

    @Test
    void aChatSharedToAColleagueOpensReadOnlyForASupervisorAndIsRefusedToAnAgentOutsideIt(@TempDir Path aliceHome,
            @TempDir Path carolHome, @TempDir Path bobHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            connected(aliceWindow);
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-CHATS"));
            long chat = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            visitor.say("My order <i>#77</i> never arrived");
            TabPane tabs = find(robot, aliceWindow, "#chatTabs");
            waitUntil("the chat's tab", () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + chat).equals(tab.getId()))));
            Node tab = onFx(() -> tabs.getTabs().stream().filter(t -> ("chatTab-" + chat).equals(t.getId())).findFirst().orElseThrow()
                    .getContent());

            share(tab, "Carol 陈静", "Can you look at this one?");
            share(tab, "Bob 张伟", "");

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                Hyperlink link = openLinkIn(carolWindow, "Alice 王丽");
                robot.clickOn(link);
                Stage transcript = WorkstationDriver.waitForDialog("#sharedChatTranscript");
                assertThat(onFx(transcript::getTitle)).isEqualTo("Visitor chat with Li Lei (read only)");
                ListView<?> lines = find(robot, transcript, "#sharedChatLines");
                waitUntil("the visitor's words, as written", () -> shows(lines, "My order <i>#77</i> never arrived"));
                assertThat(onFx(() -> transcript.getScene().getRoot().lookupAll(".text-area").isEmpty())).as("nothing to write with").isTrue();
                onFx(() -> {
                    transcript.close();
                    return null;
                });
            }
            try (WorkstationDriver bob = WorkstationDriver.start(bobHome, server.baseUrl(), "bob", "switchboard")) {
                Stage bobWindow = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
                robot.clickOn(openLinkIn(bobWindow, "Alice 王丽"));
                Label error = find(robot, bobWindow, "#teamChatError");
                waitUntil("bob is told he may not see it", () -> "You may not see this visitor chat.".equals(onFx(error::getText)));
                assertThat(WorkstationDriver.dialog("#sharedChatTranscript")).isEmpty();
            }
        }
    }

    @Test
    void anAgentMakesAGroupWithAColleagueWhoTypesAnswersAndLeavesIt(@TempDir Path aliceHome, @TempDir Path bobHome)
            throws Exception {
        long bobId = idOf("bob");
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             WorkstationDriver bob = WorkstationDriver.start(bobHome, server.baseUrl(), "bob", "switchboard")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Stage bobWindow = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
            connected(aliceWindow);
            connected(bobWindow);

            focus(aliceWindow);
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-TEAM_CHAT"));
            robot.clickOn((Node) find(robot, aliceWindow, "#teamChatNew"));
            waitUntil("New group offered", () -> robot.lookup("#teamChatNewGroup").tryQuery().isPresent());
            robot.clickOn(robot.lookup("#teamChatNewGroup").queryAs(Node.class));
            Stage dialog = WorkstationDriver.waitForDialog("#teamGroupDialog");
            Node create = find(robot, dialog, "#teamGroupCreate");
            robot.clickOn((Node) find(robot, dialog, "#teamGroupName")).write("大额退款 Large refunds");
            assertThat(onFx(create::isDisabled)).as("a group needs a colleague").isTrue();
            robot.clickOn((Node) find(robot, dialog, "#teamGroupMember-" + bobId));
            robot.clickOn(create);
            waitUntil("the dialog closed", () -> WorkstationDriver.dialog("#teamGroupDialog").isEmpty());

            Label title = find(robot, aliceWindow, "#teamChatTitle");
            waitUntil("the new group open", () -> onFx(title::getText).equals("大额退款 Large refunds"));
            ListView<?> aliceLines = find(robot, aliceWindow, "#teamChatMessages");
            waitUntil("how it began, in alice's words", () -> showsStart(aliceLines, "You made the group “大额退款 Large refunds” with Bob 张伟"));
            robot.clickOn((Node) find(robot, aliceWindow, "#teamChatInput")).write("SB-2041 退 2300 元，请复核").type(KeyCode.ENTER);
            waitUntil("alice's message stored", () -> shows(aliceLines, "SB-2041 退 2300 元，请复核") && !shows(aliceLines, "Sending…"));

            Label bobBadge = find(robot, bobWindow, "#teamChatUnread");
            waitUntil("bob's badge counts the message, not the group's making", () -> onFx(() -> bobBadge.isVisible()
                    && bobBadge.getText().equals("1")));
            focus(bobWindow);
            robot.clickOn((Node) find(robot, bobWindow, "#nav-TEAM_CHAT"));
            ListView<?> list = find(robot, bobWindow, "#teamChatConversations");
            waitUntil("the group listed for bob", () -> onFx(() -> list.getItems().stream()
                    .anyMatch(item -> ((TeamChatViewModel.ConversationItem) item).title().equals("大额退款 Large refunds"))));
            long group = onFx(() -> list.getItems().stream().map(item -> (TeamChatViewModel.ConversationItem) item)
                    .filter(item -> item.title().equals("大额退款 Large refunds")).findFirst().orElseThrow().id());
            waitUntil("its row drawn", () -> lookup(bobWindow, "#teamChatConversation-" + group).isPresent());
            robot.clickOn(lookup(bobWindow, "#teamChatConversation-" + group).orElseThrow());
            ListView<?> bobLines = find(robot, bobWindow, "#teamChatMessages");
            waitUntil("bob reads it", () -> shows(bobLines, "SB-2041 退 2300 元，请复核")
                    && showsStart(bobLines, "Alice 王丽 made the group “大额退款 Large refunds” with you"));
            waitUntil("seen: the badge clears", () -> onFx(() -> !bobBadge.isVisible()));

            robot.clickOn((Node) find(robot, bobWindow, "#teamChatInput")).write("收到");
            Label aliceTyping = find(robot, aliceWindow, "#teamChatTyping");
            waitUntil("alice sees bob typing", () -> "Bob 张伟 is typing…".equals(onFx(aliceTyping::getText)));
            robot.type(KeyCode.ENTER);
            waitUntil("his answer, and no longer typing", () -> shows(aliceLines, "收到") && onFx(aliceTyping::getText).isEmpty());

            robot.clickOn((Node) find(robot, bobWindow, "#teamChatMembers"));
            Stage members = WorkstationDriver.waitForDialog("#teamGroupMembersDialog");
            ListView<?> memberList = find(robot, members, "#teamGroupMembers");
            waitUntil("both members, the owner first", () -> onFx(() -> memberList.getItems().stream()
                    .map(item -> ((dev.switchboard.app.internalchat.ui.TeamGroupsViewModel.Member) item).name()).toList())
                    .equals(java.util.List.of("Alice 王丽", "Bob 张伟 (you)")));
            assertThat(onFx(() -> ((Node) find(robot, members, "#teamGroupAdd")).isVisible())).as("bob does not own it").isFalse();
            robot.clickOn((Node) find(robot, members, "#teamGroupLeave"));
            waitUntil("the dialog closes once bob is out", () -> WorkstationDriver.dialog("#teamGroupMembersDialog").isEmpty());
            waitUntil("the group gone from bob's list", () -> onFx(() -> list.getItems().stream()
                    .noneMatch(item -> ((TeamChatViewModel.ConversationItem) item).id() == group)));
            waitUntil("alice sees him go", () -> showsStart(aliceLines, "Bob 张伟 left the group"));
        }
    }

    /** Shares the chat of {@code tab} with a colleague through the chat tab's button and dialog. */
    private void share(Node tab, String colleague, String comment) {
        robot.clickOn((Node) find(robot, tab, "#chatShare"));
        Stage dialog = WorkstationDriver.waitForDialog("#teamShareDialog");
        ComboBox<ShareChatViewModel.Target> targets = find(robot, dialog, "#teamShareTarget");
        onFx(() -> {
            targets.setValue(targets.getItems().stream().filter(target -> target.name().equals(colleague)).findFirst().orElseThrow());
            return null;
        });
        if (!comment.isEmpty()) {
            robot.clickOn((Node) find(robot, dialog, "#teamShareComment")).write(comment);
        }
        robot.clickOn((Node) find(robot, dialog, "#teamShareConfirm"));
        waitUntil("the dialog closed", () -> WorkstationDriver.dialog("#teamShareDialog").isEmpty());
    }

    /** Opens the Team chat page and the conversation titled {@code title}, and answers the link in it. */
    private Hyperlink openLinkIn(Stage window, String title) {
        focus(window);
        robot.clickOn((Node) find(robot, window, "#nav-TEAM_CHAT"));
        ListView<?> list = find(robot, window, "#teamChatConversations");
        waitUntil("the conversation with " + title, () -> onFx(() -> list.getItems().stream()
                .anyMatch(item -> ((TeamChatViewModel.ConversationItem) item).title().equals(title))));
        long id = onFx(() -> list.getItems().stream().map(item -> (TeamChatViewModel.ConversationItem) item)
                .filter(item -> item.title().equals(title)).findFirst().orElseThrow().id());
        waitUntil("its row drawn", () -> lookup(window, "#teamChatConversation-" + id).isPresent());
        robot.clickOn(lookup(window, "#teamChatConversation-" + id).orElseThrow());
        waitUntil("the link shown", () -> onFx(() -> window.getScene().getRoot().lookupAll("#teamChatLink").stream()
                .anyMatch(node -> node.isVisible() && node instanceof Hyperlink link && "Visitor chat with Li Lei".equals(link.getText()))));
        return onFx(() -> window.getScene().getRoot().lookupAll("#teamChatLink").stream()
                .filter(node -> node.isVisible() && node instanceof Hyperlink link && "Visitor chat with Li Lei".equals(link.getText()))
                .map(Hyperlink.class::cast).findFirst().orElseThrow());
    }

    private long conversationWithBob(Stage aliceWindow) {
        ListView<?> list = find(robot, aliceWindow, "#teamChatConversations");
        return onFx(() -> list.getItems().stream()
                .map(item -> (TeamChatViewModel.ConversationItem) item)
                .filter(item -> item.title().equals("Bob 张伟")).findFirst().orElseThrow().id());
    }

    private void connected(Stage window) {
        waitUntil("connected", () -> onFx(() -> ((Label) find(robot, window, "#connectionIndicator")).getText()).equals("Connected"));
    }

    private static void focus(Stage window) {
        onFx(() -> {
            window.toFront();
            window.requestFocus();
            return null;
        });
        waitUntil("the window in front", () -> onFx(window::isFocused));
    }

    private boolean shows(ListView<?> list, String text) {
        return onFx(() -> list.lookupAll(".label").stream().anyMatch(node -> node instanceof Label label && text.equals(label.getText())));
    }

    private boolean showsStart(ListView<?> list, String text) {
        return onFx(() -> list.lookupAll(".label").stream().anyMatch(node -> node instanceof Label label && label.getText() != null
                && label.getText().startsWith(text)));
    }

    private static Optional<Node> lookup(Window window, String query) {
        return onFx(() -> Optional.ofNullable(window.getScene().getRoot().lookup(query)));
    }

    private long idOf(String login) {
        ApiClient api = new ApiClient(server.baseUrl());
        for (JsonNode agent : api.get("/api/v1/agents", api.token("admin", "switchboard")).json()) {
            if (agent.path("login").asText().equals(login)) {
                return agent.path("id").asLong();
            }
        }
        throw new AssertionError("no agent " + login);
    }
}
