package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.CannedReply;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An agent writes a canned reply in the manager, orders it, and finds it in a chat by a Chinese word of its text. */
class CannedRepliesUiTest {

    static final String BODY = "亲，您的退款申请已受理，预计 3 个工作日内原路退回。";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
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
    void anAgentWritesAReplyAndFindsItInAChatByTypingPartOfItsChineseText(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));
        robot.clickOn((Node) find(robot, main, "#nav-CANNED"));
        ListView<CannedReply> list = find(robot, main, "#cannedList");
        waitUntil("alice's own demo replies", () -> titles(list).contains("结束语 Closing"));

        robot.clickOn((Node) find(robot, main, "#cannedNew"));
        robot.clickOn((Node) find(robot, main, "#cannedShortcut")).write("shouli");
        robot.clickOn((Node) find(robot, main, "#cannedTitle")).write("退款受理");
        TextField category = onFx(() -> ((javafx.scene.control.ComboBox<?>) find(robot, main, "#cannedCategory")).getEditor());
        robot.clickOn(category).write("退款");
        robot.clickOn((Node) find(robot, main, "#cannedBody")).write(BODY);
        robot.clickOn((Node) find(robot, main, "#cannedSave"));
        waitUntil("the new reply, last of alice's", () -> titles(list).equals(List.of("请稍等 One moment", "结束语 Closing", "退款受理")));
        waitUntil("the new reply chosen in the editor", () -> onFx(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().title().equals("退款受理")));

        robot.clickOn((Node) find(robot, main, "#cannedUp"));
        waitUntil("the reply moved up one place", () -> titles(list).equals(List.of("请稍等 One moment", "退款受理", "结束语 Closing")));

        robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/orders", "Orders")) {
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, id);
            TextArea input = find(robot, tab, "#chatInput");
            @SuppressWarnings("unchecked")
            ListView<CannedReply> suggestions = (ListView<CannedReply>) find(robot, tab, "#cannedSuggestions");

            robot.clickOn(input).write("您好，已受理");
            waitUntil("the reply offered for 已受理", () -> onFx(() -> suggestions.isVisible()
                    && suggestions.getItems().stream().map(CannedReply::title).toList().equals(List.of("退款受理"))));
            robot.type(KeyCode.TAB);

            waitUntil("the word replaced by the reply", () -> onFx(input::getText).equals("您好，" + BODY));
            assertThat(onFx(suggestions::isVisible)).as("nothing more is offered").isFalse();
            robot.type(KeyCode.ENTER);
            visitor.awaitChatMessage("您好，" + BODY);
        }
    }

    private static List<String> titles(ListView<CannedReply> list) {
        return onFx(() -> list.getItems().stream().map(CannedReply::title).toList());
    }

    /** Waits for the chat's tab, brings it to front, and answers its content. */
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
