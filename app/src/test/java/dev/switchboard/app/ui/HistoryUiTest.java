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
import dev.switchboard.shared.history.HistoryEntry;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The History page against a real backend: a Chinese word typed into the search finds the chat whose sentence holds it. */
class HistoryUiTest {

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
    void searchingInChineseFindsTheChatAndOpensItsTranscript(@TempDir Path aliceHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/help", "Help");
             TestVisitor liLei = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/help", "Help")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            long refund = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            emma.say("我想申请退款可以吗");
            waitUntil("alice holds emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            emma.endChat();
            emma.await(ChatMessages.ENDED);
            long other = liLei.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            liLei.say("A7 适合 80 平米吗？");

            robot.clickOn((Node) find(robot, window, "#nav-HISTORY"));
            ListView<HistoryEntry> results = find(robot, window, "#historyResults");
            waitUntil("both chats listed before any search", () -> ids(results).containsAll(java.util.List.of(refund, other)));

            TextField text = find(robot, window, "#historyText");
            robot.clickOn(text).write("退款");
            robot.clickOn((Node) find(robot, window, "#historySearch"));
            waitUntil("only the chat that says 退款", () -> ids(results).equals(java.util.List.of(refund)));
            assertThat(onFx(() -> results.getItems().get(0).snippet())).isEqualTo("我想申请退款可以吗");

            robot.clickOn(robot.from(results).lookup("#historyEntry-" + refund).queryAs(javafx.scene.Node.class));
            ListView<String> transcript = find(robot, window, "#historyTranscript");
            waitUntil("its transcript", () -> onFx(() -> transcript.getItems().stream().anyMatch(line -> line.endsWith("Emma: 我想申请退款可以吗"))));
            Label title = find(robot, window, "#historyTranscriptTitle");
            assertThat(onFx(title::getText)).startsWith("Emma · Alice 王丽 · 售前 Pre-sales");
        }
    }

    private static java.util.List<Long> ids(ListView<HistoryEntry> results) {
        return onFx(() -> results.getItems().stream().map(HistoryEntry::conversationId).toList());
    }
}
