package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An agent's message with a sensitive word is held with a warning that keeps the text, in a real workstation against a real backend. */
class SensitiveWordUiTest {

    static final String HELD = "加我微信号 sb2026 私聊";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminClient admin;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        admin = AdminClient.signIn(server.baseUrl());
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void theWarningKeepsTheTextToEditAndSendsItOnlyWhenTheAgentConfirms(@TempDir Path home) throws Exception {
        admin.put("/api/v1/sensitive-words", "{\"agentMode\":\"CONFIRM\",\"words\":[\"微信号\",\"scam\"]}");
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = signedIn();
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, id);
            TextArea input = find(robot, tab, "#chatInput");
            robot.clickOn(input).write(HELD);
            robot.type(KeyCode.ENTER);

            Stage warning = WorkstationDriver.waitForDialog("#sensitiveWordDialog");
            assertThat(onFx(() -> ((Label) find(robot, warning, "#sensitiveWords")).getText())).isEqualTo("微信号");
            assertThat(onFx(() -> input.getText())).as("held, not sent").isEqualTo(HELD);
            robot.clickOn((Node) find(robot, warning, "#sensitiveEdit"));
            waitUntil("the warning closed", () -> WorkstationDriver.dialog("#sensitiveWordDialog").isEmpty());
            assertThat(onFx(() -> input.getText())).as("the text is there to edit").isEqualTo(HELD);
            waitUntil("the focus back in the input", () -> onFx(() -> input.isFocused()));

            robot.type(KeyCode.ENTER);
            Stage again = WorkstationDriver.waitForDialog("#sensitiveWordDialog");
            robot.clickOn((Node) find(robot, again, "#sensitiveSendAnyway"));
            assertThat(visitor.awaitChatMessage(HELD).path("senderType").asText()).isEqualTo("AGENT");
            waitUntil("the input emptied once sent", () -> onFx(() -> input.getText()).isEmpty());
            assertThat(visitor.received("chat.message").stream().filter(m -> HELD.equals(m.payload().path("body").asText()))).hasSize(1);
        }
    }

    @Test
    void whereSuchMessagesAreBlockedTheWarningOffersOnlyToEdit(@TempDir Path home) throws Exception {
        admin.put("/api/v1/sensitive-words", "{\"agentMode\":\"BLOCK\",\"words\":[\"微信号\"]}");
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = signedIn();
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/filters", "Filters")) {
            long id = visitor.startChat(Map.of("name", "Han Meimei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, id);
            TextArea input = find(robot, tab, "#chatInput");
            robot.clickOn(input).write(HELD);
            robot.type(KeyCode.ENTER);

            Stage warning = WorkstationDriver.waitForDialog("#sensitiveWordDialog");
            assertThat(onFx(() -> ((Button) find(robot, warning, "#sensitiveSendAnyway")).isVisible())).isFalse();
            robot.type(KeyCode.ESCAPE);
            waitUntil("the warning closed", () -> WorkstationDriver.dialog("#sensitiveWordDialog").isEmpty());
            assertThat(onFx(() -> input.getText())).isEqualTo(HELD);
        }
    }

    private Stage signedIn() {
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));
        return main;
    }

    private Node showTab(Stage main, long id) {
        TabPane tabs = find(robot, main, "#chatTabs");
        waitUntil("the tab of chat " + id, () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + id).equals(tab.getId()))));
        return onFx(() -> {
            Tab tab = tabs.getTabs().stream().filter(t -> ("chatTab-" + id).equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
            return tab.getContent();
        });
    }
}
