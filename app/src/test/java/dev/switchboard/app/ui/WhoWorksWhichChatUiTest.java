package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import dev.switchboard.app.queue.WaitingRow;
import dev.switchboard.app.supervisor.OngoingChat;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Who works which chat, in the workstation against a real backend (ADR 0013): an idle agent takes
 * a waiting chat from the Queue page the long-wait alert leads to, or with a double-click in the
 * "my work" panel; a supervisor takes over an agent's chat, which leaves the agent's tabs.
 */
class WhoWorksWhichChatUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        // the backend's clock runs five minutes behind the workstation's: every chat has waited long at once
        server = SwitchboardServer.start(ServerConfig.forTests(serverData).withClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5))));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @Test
    void theLongWaitAlertLeadsToTheWaitingChatOnTheQueuePageWhereAliceTakesIt(@TempDir Path aliceHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            busy(window);
            try (TestVisitor liLei = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/pricing", "Pricing")) {
                long waiting = liLei.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
                waitUntil("the long-wait alert", () -> lookup(window, "#alert-wait-" + waiting).isPresent());
                // the alerts are drawn anew as they change: the button is taken and pressed in one go
                String pressed = onFx(() -> {
                    Notification alert = (Notification) window.getScene().getRoot().lookup("#alert-wait-" + waiting);
                    Button showQueue = (Button) alert.getPrimaryActions().get(0);
                    showQueue.fire();
                    return showQueue.getText();
                });
                assertThat(pressed).isEqualTo("Show queue");

                ToggleButton queuePage = find(robot, window, "#nav-QUEUE");
                waitUntil("the Queue page shows", () -> onFx(queuePage::isSelected));
                TableView<WaitingRow> table = find(robot, window, "#queueTable");
                waitUntil("Li Lei's chat selected", () -> onFx(() -> Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                        .map(WaitingRow::conversationId).orElse(-1L)) == waiting);
                robot.clickOn((Node) find(robot, window, "#queueTake"));

                ToggleButton chatsPage = find(robot, window, "#nav-CHATS");
                waitUntil("the taken chat opens", () -> onFx(chatsPage::isSelected) && selectedTab(window).equals("chatTab-" + waiting));
                Label load = find(robot, window, "#myWorkLoad");
                waitUntil("alice holds it", () -> onFx(load::getText).matches("1 / \\d+ chats"));
                assertThat(liLei.await(ChatMessages.STATUS, status -> "ACTIVE".equals(status.path("status").asText()))
                        .payload().path("agentName").asText()).isEqualTo("Alice 王丽");
                Label summary = find(robot, window, "#queueSummary");
                waitUntil("nobody waits any more", () -> "Nobody waiting".equals(onFx(summary::getText)));
            }
        }
    }

    @Test
    void aDoubleClickOnAWaitingVisitorInTheMyWorkPanelTakesTheChat(@TempDir Path aliceHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            busy(window);
            try (TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
                long waiting = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
                waitUntil("Emma in alice's panel", () -> lookup(window, "#queueChat-" + waiting).isPresent());

                Node line = lookup(window, "#queueChat-" + waiting).orElseThrow();
                robot.clickOn(line);
                ToggleButton queuePage = find(robot, window, "#nav-QUEUE");
                waitUntil("a click shows the chat on the Queue page", () -> onFx(queuePage::isSelected));
                // Monocle counts no multi-clicks: the second click of a double-click is delivered as one with its count
                onFx(() -> {
                    Event.fireEvent(line, new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 2,
                            false, false, false, false, true, false, false, true, false, true, null));
                    return null;
                });

                assertThat(emma.await(ChatMessages.STATUS, status -> "ACTIVE".equals(status.path("status").asText()))).isNotNull();
                waitUntil("the taken chat opens", () -> selectedTab(window).equals("chatTab-" + waiting));
            }
        }
    }

    @Test
    void carolTakesOverAlicesChatWhichLeavesAlicesTabs(@TempDir Path aliceHome, @TempDir Path carolHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, aliceWindow, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            waitUntil("alice holds Emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            robot.clickOn((Node) find(robot, aliceWindow, "#nav-CHATS"));
            waitUntil("its tab", () -> lookupTab(aliceWindow, chat));

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, carolWindow, "#nav-SUPERVISOR"));
                TableView<OngoingChat> ongoing = find(robot, carolWindow, "#ongoingTable");
                waitUntil("alice's chat listed", () -> onFx(() -> ongoing.getItems().stream().anyMatch(row -> row.conversationId() == chat)));
                waitUntil("its open button", () -> lookup(carolWindow, "#watch-" + chat).isPresent());
                robot.clickOn(lookup(carolWindow, "#watch-" + chat).orElseThrow());
                waitUntil("the take-over button", () -> lookup(carolWindow, "#watchTakeOver").filter(Node::isVisible).isPresent());

                robot.clickOn(lookup(carolWindow, "#watchTakeOver").orElseThrow());
                robot.clickOn(lookup(carolWindow, "#takeOverReason").orElseThrow()).write("customer asked for a supervisor");
                robot.clickOn(lookup(carolWindow, "#takeOverConfirm").orElseThrow());

                waitUntil("the chat opens on carol's Chats page", () -> selectedTab(carolWindow).equals("chatTab-" + chat));
                waitUntil("the chat leaves alice's tabs", () -> !lookupTab(aliceWindow, chat));
                waitUntil("alice is told who took it", () -> toastTexts(aliceWindow).stream()
                        .anyMatch(text -> text.equals("Carol 陈静 took over your chat with Emma")));
                waitUntil("alice holds nothing", () -> onFx(load::getText).matches("0 / \\d+ chats"));
                Label latest = find(robot, carolWindow, "#chatRoutingLatest");
                assertThat(onFx(latest::getText)).isEqualTo("You took it over from Alice 王丽 · “customer asked for a supervisor”");
            }
        }
    }

    private static void busy(Stage window) {
        Label status = (Label) window.getScene().getRoot().lookup("#myWorkStatus");
        // connected (the status she picked last shows): only then can she pick another
        waitUntil("connected", () -> !"Offline".equals(onFx(status::getText)));
        MenuButton switcher = (MenuButton) window.getScene().getRoot().lookup("#statusSwitcher");
        onFx(() -> {
            switcher.getItems().stream().filter(item -> "status-BUSY".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitUntil("busy", () -> "Busy".equals(onFx(status::getText)));
    }

    private static String selectedTab(Stage window) {
        return onFx(() -> {
            TabPane tabs = (TabPane) window.getScene().getRoot().lookup("#chatTabs");
            return tabs == null || tabs.getSelectionModel().getSelectedItem() == null ? "" : tabs.getSelectionModel().getSelectedItem().getId();
        });
    }

    private static boolean lookupTab(Stage window, long chat) {
        return onFx(() -> {
            TabPane tabs = (TabPane) window.getScene().getRoot().lookup("#chatTabs");
            return tabs != null && tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + chat).equals(tab.getId()));
        });
    }

    private static List<String> toastTexts(Stage window) {
        return onFx(() -> ((VBox) window.getScene().getRoot().lookup("#toasts")).getChildren().stream()
                .filter(node -> node instanceof Notification).map(node -> ((Notification) node).getMessage()).toList());
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
