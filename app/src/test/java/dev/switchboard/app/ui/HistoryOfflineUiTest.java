package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.history.HistoryEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "The workstation keeps recent transcripts in its cache for offline reading": a transcript opened
 * once against a real backend is found and read again once that backend is stopped, in the same
 * session and after the workstation started again without it.
 */
class HistoryOfflineUiTest {

    private static final String OFFLINE = "Offline: showing transcripts kept on this computer";
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void aTranscriptOpenedOnceIsReadAgainWhileTheBackendIsDown(@TempDir Path serverData, @TempDir Path aliceHome) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        String url = server.baseUrl();
        long opened;
        long neverOpened;
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, url, "alice", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            try (TestVisitor emma = TestVisitor.arrive(url, "https://shop.example.cn/help", "Help")) {
                opened = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
                emma.say("我的订单号是 SB-2041，想申请退款");
                waitUntil("alice holds emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
                emma.endChat();
                emma.await(ChatMessages.ENDED);
            }
            try (TestVisitor liLei = TestVisitor.arrive(url, "https://shop.example.cn/help", "Help")) {
                neverOpened = liLei.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
                liLei.say("A7 适合 80 平米吗？");
                liLei.endChat();
                liLei.await(ChatMessages.ENDED);
            }

            robot.clickOn((Node) find(robot, window, "#nav-HISTORY"));
            ListView<HistoryEntry> results = find(robot, window, "#historyResults");
            waitUntil("both chats listed", () -> ids(results).containsAll(List.of(opened, neverOpened)));
            robot.clickOn(robot.from(results).lookup("#historyEntry-" + opened).queryAs(Node.class));
            waitUntil("emma's transcript from the server", () -> showsEmma(window));

            server.close();
            // a new search finds the backend gone and lists what this computer keeps
            robot.clickOn((Node) find(robot, window, "#historySearch"));
            Label status = find(robot, window, "#historyStatus");
            waitUntil("the offline list", () -> OFFLINE.equals(onFx(status::getText)) && ids(results).equals(List.of(opened)));
            robot.clickOn(robot.from(results).lookup("#historyEntry-" + opened).queryAs(Node.class));
            waitUntil("emma's transcript again, from the cache", () -> showsEmma(window));
        }

        // started again while the backend is still down: the cache alone carries the page
        try (WorkstationDriver offline = WorkstationDriver.start(aliceHome, url, "alice", null)) {
            Stage window = offline.waitForWindow(MAIN_TITLE);
            robot.clickOn((Node) find(robot, window, "#nav-HISTORY"));
            ListView<HistoryEntry> results = find(robot, window, "#historyResults");
            Label status = find(robot, window, "#historyStatus");
            waitUntil("the kept transcript listed", () -> OFFLINE.equals(onFx(status::getText)) && ids(results).equals(List.of(opened)));
            robot.clickOn(robot.from(results).lookup("#historyEntry-" + opened).queryAs(Node.class));
            waitUntil("emma's transcript read offline", () -> showsEmma(window));
        }
    }

    private boolean showsEmma(Stage window) {
        return onFx(() -> {
            ListView<String> transcript = find(robot, window, "#historyTranscript");
            Label title = find(robot, window, "#historyTranscriptTitle");
            return title.getText().startsWith("Emma · Alice 王丽")
                    && transcript.getItems().stream().anyMatch(line -> line.endsWith("Emma: 我的订单号是 SB-2041，想申请退款"));
        });
    }

    private static List<Long> ids(ListView<HistoryEntry> results) {
        return onFx(() -> results.getItems().stream().map(HistoryEntry::conversationId).toList());
    }
}
