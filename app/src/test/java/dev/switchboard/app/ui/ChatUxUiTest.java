package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.supervisor.OngoingChat;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * How a chat reads and behaves for the agent, against a real backend (a fresh one per test, so
 * that no chat of another test is routed, counted or shown): chats a supervisor only watches.
 */
class ChatUxUiTest {

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
    void aChatASupervisorOnlyWatchesIsNotCountedAsUnreadWork(@TempDir Path aliceHome, @TempDir Path carolHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, aliceWindow, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            long chat = emma.startChat(Map.of("name", "Emma"));
            waitUntil("alice holds the chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, carolWindow, "#nav-SUPERVISOR"));
                TableView<OngoingChat> ongoing = find(robot, carolWindow, "#ongoingTable");
                waitUntil("alice's chat listed", () -> onFx(() -> ongoing.getItems().stream()
                        .anyMatch(row -> row.conversationId() == chat)));
                waitUntil("its open button drawn", () -> lookup(carolWindow, "#watch-" + chat).isPresent());
                robot.clickOn(lookup(carolWindow, "#watch-" + chat).orElseThrow());

                emma.say("Is the X2 purifier in stock?");
                emma.say("And does it ship today?");
                ListView<ChatMessage> watched = find(robot, carolWindow, "#watchedMessages");
                waitUntil("both messages live in the watched chat", () -> onFx(() -> watched.getItems().stream()
                        .anyMatch(message -> message.body().equals("And does it ship today?"))));

                Label badge = find(robot, carolWindow, "#chatsUnread");
                assertThat(onFx(badge::isVisible)).as("the Chats badge counts no watched chat").isFalse();
                assertThat(onFx(badge::getText)).isEqualTo("0");
            }
            Label aliceBadge = find(robot, aliceWindow, "#chatsUnread");
            waitUntil("alice, who takes part, has them as unread", () -> onFx(aliceBadge::getText).equals("2"));
        }
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
