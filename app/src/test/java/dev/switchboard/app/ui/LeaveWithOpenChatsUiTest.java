package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.Envelope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An agent who signs out with open chats is warned that they go back to the queue, may stay, and
 * once they confirm the chats do go back, for colleagues (ADR 0013).
 */
class LeaveWithOpenChatsUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Test
    void signingOutWithAnOpenChatAsksFirstThenSendsTheChatBackToTheQueue(@TempDir Path aliceHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            waitUntil("alice holds Emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));

            signOut(window);
            Stage warning = WorkstationDriver.waitForDialog("#leaveWarning");
            VBox text = find(robot, warning, "#leaveWarningText");
            assertThat(onFx(() -> ((Label) text.getChildren().get(0)).getText()))
                    .isEqualTo("You have 1 open chat. It goes back to the front of the queue at once, for a colleague to take over.");
            robot.clickOn((Node) find(robot, warning, "#leaveCancel"));
            waitUntil("the warning closed", () -> WorkstationDriver.dialog("#leaveWarning").isEmpty());
            assertThat(alice.isShowing(WorkstationDriver.LOGIN_TITLE)).as("she stayed").isFalse();
            assertThat(lastStatus(emma)).isEqualTo("ACTIVE");

            signOut(window);
            Stage again = WorkstationDriver.waitForDialog("#leaveWarning");
            robot.clickOn((Node) find(robot, again, "#leaveConfirm"));

            alice.waitForWindow(WorkstationDriver.LOGIN_TITLE);
            waitUntil("Emma's chat back in the queue", () -> "QUEUED".equals(lastStatus(emma)));
        }
    }

    private static void signOut(Stage window) {
        MenuButton menu = (MenuButton) window.getScene().getRoot().lookup("#userMenu");
        onFx(() -> {
            menu.getItems().stream().filter(item -> "signOutItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
    }

    private static String lastStatus(TestVisitor visitor) {
        List<Envelope> statuses = visitor.received(ChatMessages.STATUS);
        return statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1).payload().path("status").asText();
    }
}
