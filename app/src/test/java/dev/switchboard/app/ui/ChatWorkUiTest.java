package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import dev.switchboard.app.supervisor.OngoingChat;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The agent's work against a real backend: a visitor's chat shows in alice's "my work" panel and
 * as an alert that stays until she opens it, a waiting visitor in her queue, and a supervisor
 * opens the chat read-only and sees it live.
 */
class ChatWorkUiTest {

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
    void aVisitorsChatReachesAlicesPanelAndAlertsAndCarolWatchesItLive(@TempDir Path aliceHome, @TempDir Path carolHome)
            throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, aliceWindow, "#myWorkLoad");
            waitUntil("alice online with no chats", () -> onFx(load::getText).matches("0 / \\d+ chats"));

            long emmaChat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            emma.say("Is the X2 purifier in stock?");

            waitUntil("alice holds the chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            waitUntil("the new chat alert", () -> alertTexts(aliceWindow).stream().anyMatch(text -> text.startsWith("New chat with Emma")));
            waitUntil("the count in the title (no dock here)", () -> "(1) Switchboard".equals(onFx(aliceWindow::getTitle)));

            setStatus(aliceWindow, "status-BUSY");
            Label status = find(robot, aliceWindow, "#myWorkStatus");
            waitUntil("alice busy in her panel", () -> "Busy".equals(onFx(status::getText)));
            try (TestVisitor liLei = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/pricing", "Pricing")) {
                long waiting = liLei.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
                waitUntil("Li Lei in alice's queue", () -> lookup(aliceWindow, "#queueChat-" + waiting).isPresent());
                Label waited = find(robot, aliceWindow, "#queueWaited-" + waiting);
                assertThat(onFx(waited::getText)).matches("\\d+:\\d\\d");
                Label summary = find(robot, aliceWindow, "#queueSummary");
                assertThat(onFx(summary::getText)).isEqualTo("1 waiting");

                carolWatches(carolHome, emma, emmaChat);
            }

            Notification alert = find(robot, aliceWindow, "#alert-chat-" + emmaChat);
            Button open = onFx(() -> (Button) alert.getPrimaryActions().get(0));
            robot.clickOn(open);
            waitUntil("the alert handled", () -> alertTexts(aliceWindow).isEmpty());
            waitUntil("the title plain again", () -> "Switchboard".equals(onFx(aliceWindow::getTitle)));
            ToggleButton chatsPage = find(robot, aliceWindow, "#nav-CHATS");
            waitUntil("the alert opened the Chats page", () -> onFx(chatsPage::isSelected));
        }
    }

    /** Carol, a supervisor, opens alice's chat read-only, sees a new message arrive and whispers. */
    private void carolWatches(Path carolHome, TestVisitor emma, long emmaChat) throws Exception {
        try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
            Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
            Node supervisorPage = find(robot, carolWindow, "#nav-SUPERVISOR");
            robot.clickOn(supervisorPage);
            TableView<OngoingChat> ongoing = find(robot, carolWindow, "#ongoingTable");
            waitUntil("alice's chat with Emma listed", () -> onFx(() -> ongoing.getItems().stream()
                    .anyMatch(row -> row.conversationId() == emmaChat && row.agentName().equals("Alice 王丽"))));

            waitUntil("its open button drawn", () -> lookup(carolWindow, "#watch-" + emmaChat).isPresent());
            robot.clickOn(lookup(carolWindow, "#watch-" + emmaChat).orElseThrow());
            ListView<ChatMessage> messages = find(robot, carolWindow, "#watchedMessages");
            waitUntil("the history", () -> bodies(messages).contains("Is the X2 purifier in stock?"));
            Label title = find(robot, carolWindow, "#watchedTitle");
            assertThat(onFx(title::getText)).isEqualTo("Emma with Alice 王丽");
            Label routing = find(robot, carolWindow, "#watchedRouting");
            waitUntil("the routing reasons", () -> onFx(routing::getText).contains("✓ Alice 王丽"));

            emma.say("Hello, anyone there?");
            waitUntil("the new message live", () -> bodies(messages).contains("Hello, anyone there?"));

            TextField whisper = find(robot, carolWindow, "#whisperField");
            robot.clickOn(whisper).write("Offer her the spring discount");
            Node send = find(robot, carolWindow, "#whisperButton");
            robot.clickOn(send);
            waitUntil("the whisper shown as a note", () -> onFx(() -> messages.getItems().stream()
                    .anyMatch(m -> m.kind() == MessageKind.NOTE && m.body().equals("Offer her the spring discount"))));
            String left = onFx(whisper::getText);
            assertThat(left).as("the whisper field is cleared").isEmpty();
        }
    }

    private static void setStatus(Stage window, String itemId) {
        MenuButton switcher = (MenuButton) window.getScene().getRoot().lookup("#statusSwitcher");
        onFx(() -> {
            switcher.getItems().stream().filter(item -> itemId.equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }

    private static List<String> alertTexts(Stage window) {
        return onFx(() -> ((VBox) window.getScene().getRoot().lookup("#alerts")).getChildren().stream()
                .filter(node -> node instanceof Notification).map(node -> ((Notification) node).getMessage()).toList());
    }

    private static List<String> bodies(ListView<ChatMessage> list) {
        return onFx(() -> list.getItems().stream().map(ChatMessage::body).toList());
    }
}
