package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The message box of a chat, against a real backend (a fresh one per test): what the agent types
 * lands in it after opening a chat from an alert, switching pages or switching chats.
 */
class ChatInputUiTest {

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
    void afterOpeningAChatFromAnAlertWhatTheAgentTypesGoesIntoItsMessageBox(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
             TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            robot.clickOn((Node) find(robot, main, "#nav-VISITORS"));
            waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText())
                    .equals("Connected"));
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            visitor.say("Hello?");

            waitUntil("the alert about the chat", () -> lookup(main, "#alert-chat-" + id).isPresent());
            Notification alert = (Notification) lookup(main, "#alert-chat-" + id).orElseThrow();
            robot.clickOn(onFx(() -> (Button) alert.getPrimaryActions().get(0)));

            TextArea input = inputOf(main, id);
            waitUntil("the focus in the chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == input));
            robot.write("Hi Li Lei");
            assertThat(onFx(() -> input.getText())).isEqualTo("Hi Li Lei");
        }
    }

    @Test
    void switchingToTheChatsPageOrToAnotherChatPutsTheFocusInTheMessageBox(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
             TestVisitor first = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers");
             TestVisitor second = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/pricing", "Pricing")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
            waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText())
                    .equals("Connected"));
            long one = first.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            long two = second.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            TextArea firstInput = inputOf(main, one);
            TextArea secondInput = inputOf(main, two);

            robot.clickOn((Node) find(robot, main, "#nav-VISITORS"));
            robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
            waitUntil("the focus in the front chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == firstInput));

            robot.clickOn(tabHeader(main, two));
            waitUntil("the focus in the other chat's message box", () -> onFx(() -> main.getScene().getFocusOwner() == secondInput));
            robot.write("Hello Emma");
            assertThat(onFx(() -> secondInput.getText())).isEqualTo("Hello Emma");
            assertThat(onFx(() -> firstInput.getText())).isEmpty();
        }
    }

    /** The message box of the chat's tab, once the tab is there. */
    private TextArea inputOf(Stage main, long id) {
        TabPane tabs = find(robot, main, "#chatTabs");
        waitUntil("the tab of chat " + id, () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + id).equals(tab.getId()))));
        return onFx(() -> {
            Tab tab = tabs.getTabs().stream().filter(t -> ("chatTab-" + id).equals(t.getId())).findFirst().orElseThrow();
            return (TextArea) robot.from(tab.getContent()).lookup("#chatInput").query();
        });
    }

    /** The header of the chat's tab, where the agent clicks to switch to it. */
    private Node tabHeader(Stage main, long id) {
        return onFx(() -> robot.from(main.getScene().getRoot()).lookup(".tab").match(node -> ("chatTab-" + id).equals(node.getId())).query());
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
