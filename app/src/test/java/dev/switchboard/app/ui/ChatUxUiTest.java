package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.app.supervisor.OngoingChat;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.app.ui.SelectableText;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.AgentSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * How a chat reads and behaves for the agent, against a real backend (a fresh one per test, so
 * that no chat of another test is routed, counted or shown): ending a chat asks first, the
 * pre-chat answers under the site's labels, alerts that leave a chat's controls free, chats a
 * supervisor only watches, and the transfer dialog's search for a colleague.
 */
class ChatUxUiTest {

    private static final String PRECHAT_FORM = "/api/v1/sites/default/prechat-form";

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
    void endingAChatAsksFirstAndEscapeOrCancelKeepTheChatAndTheDraft(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
             TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            showChatsOnline(main);
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            visitor.say("Hello?");
            Node tab = showTab(main, id);
            TextArea input = find(robot, tab, "#chatInput");
            robot.clickOn(input).write("Let me check the stock");
            Button end = find(robot, tab, "#chatEnd");

            robot.clickOn(end);
            Stage asked = WorkstationDriver.waitForDialog("#endChatDialog");
            assertThat(onFx(() -> ((Label) find(robot, asked, "#endChatQuestion")).getText())).isEqualTo("End the chat with Li Lei?");
            assertThat(onFx(asked::getTitle)).isEqualTo("End chat");
            robot.type(KeyCode.ESCAPE);
            waitUntil("Escape closes the question", () -> WorkstationDriver.dialog("#endChatDialog").isEmpty());

            robot.clickOn(end);
            Stage again = WorkstationDriver.waitForDialog("#endChatDialog");
            robot.clickOn((Node) find(robot, again, "#endChatCancel"));
            waitUntil("Cancel closes the question", () -> WorkstationDriver.dialog("#endChatDialog").isEmpty());

            // the server has the chat open: a message written now reaches the visitor
            visitor.say("Still there?");
            ListView<?> messages = find(robot, tab, "#chatMessages");
            waitUntil("the chat goes on", () -> onFx(() -> messages.lookupAll(".chat-body").stream()
                    .anyMatch(node -> node instanceof SelectableText body && "Still there?".equals(body.getText()))));
            assertThat(visitor.received("chat.ended")).as("the chat was not ended").isEmpty();
            assertThat(onFx(() -> input.getText())).as("the draft is untouched").isEqualTo("Let me check the stock");
            assertThat(onFx(end::isDisabled)).isFalse();
            assertThat(onFx(input::isDisabled)).isFalse();

            robot.clickOn(end);
            Stage confirm = WorkstationDriver.waitForDialog("#endChatDialog");
            robot.clickOn((Node) find(robot, confirm, "#endChatConfirm"));
            visitor.await("chat.ended");
            waitUntil("the question closed", () -> WorkstationDriver.dialog("#endChatDialog").isEmpty());
            waitUntil("the tab says the chat ended", () -> onFx(() -> ((Label) find(robot, tab, "#chatBanner")).getText())
                    .equals("This chat has ended."));
        }
    }

    @Test
    void thePreChatAnswersShowUnderTheSitesLabelsAsPlainText(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            // the demo site's form asks for "name" (Your name) and "question" (Question about); "order_no" it asked for
            // when this chat started and dropped before the agent saw it, so its answer has no label any more
            AdminClient admin = AdminClient.signIn(server.baseUrl());
            String demoForm = admin.get(PRECHAT_FORM).toString();
            ObjectNode withOrderNo = (ObjectNode) Json.mapper().readTree(demoForm);
            withOrderNo.withArray("fields").addObject().put("key", "order_no").put("type", "TEXT").put("label", "Order").put("required", false);
            admin.put(PRECHAT_FORM, withOrderNo.toString());
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION, "order_no", "<b>A-17</b>"));
            admin.put(PRECHAT_FORM, demoForm);

            // nobody was online: the chat waits for alice, who logs in now
            try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard")) {
                Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
                robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
                Node tab = showTab(main, id);
                // the panel is rebuilt when the form arrives: look the answers up again each time
                waitUntil("the answers under the form's labels", () -> rows(find(robot, tab, "#chatPrechat")).equals(List.of(
                        "Your name=Li Lei", "Question about=售前咨询 Pre-sales", "Order no=<b>A-17</b>")));
            }
        }
    }

    @Test
    void alertsLieOverTheMessagesClearOfTheChatsHeaderAndSendButtonAndCanBeDismissed(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
             TestVisitor first = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers");
             TestVisitor second = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/pricing", "Pricing")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            showChatsOnline(main);
            long inFront = first.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, inFront);
            long waiting = second.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            second.say("Do you ship to Hangzhou?");

            waitUntil("the alert about the second chat", () -> lookup(main, "#alert-chat-" + waiting).isPresent());
            Notification alert = (Notification) lookup(main, "#alert-chat-" + waiting).orElseThrow();
            waitUntil("the alert in its place", () -> onFx(() -> {
                Bounds card = sceneBounds(alert);
                return card.getHeight() > 0 && Stream.of("#chatTransfer", "#chatAssist", "#chatEnd", "#chatSend", "#chatInput")
                        .noneMatch(query -> card.intersects(sceneBounds(find(robot, tab, query))));
            }));
            onFx(() -> {
                Bounds card = sceneBounds(alert);
                Bounds window = new BoundingBox(0, 0, main.getScene().getWidth(), main.getScene().getHeight());
                assertThat(window.contains(card)).as("the whole card within the window").isTrue();
                assertThat(card.getMinY()).as("below the chat's header")
                        .isGreaterThanOrEqualTo(sceneBounds(find(robot, tab, "#chatEnd")).getMaxY());
                assertThat(alert.isVisible()).isTrue();
                return null;
            });

            Node close = onFx(() -> alert.lookup(".close-button"));
            robot.clickOn(close);
            waitUntil("the alert dismissed", () -> lookup(main, "#alert-chat-" + waiting).isEmpty());
        }
    }

    @Test
    void aChatASupervisorOnlyWatchesIsNotCountedAsUnreadWork(@TempDir Path aliceHome, @TempDir Path carolHome) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, aliceWindow, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
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

    @Test
    void theTransferDialogFindsAColleagueByPartOfTheNameAndFollowsWhoIsOnline(@TempDir Path home) throws Exception {
        try (WorkstationDriver alice = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
             TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            showChatsOnline(main);
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            Node tab = showTab(main, id);
            robot.clickOn((Node) find(robot, tab, "#chatTransfer"));
            Stage dialog = WorkstationDriver.waitForDialog("#handOverDialog");
            ComboBox<Agent> colleagues = find(robot, dialog, "#handOverAgent");
            Button confirm = find(robot, dialog, "#handOverConfirm");
            assertThat(onFx(() -> List.copyOf(colleagues.getItems()))).as("nobody else is online yet").isEmpty();

            // colleagues who come online while the dialog is open are offered at once
            ApiClient api = new ApiClient(server.baseUrl());
            String agentSocket = "ws://localhost:" + server.port() + AgentSocket.PATH;
            try (SocketClient bob = SocketClient.connect(agentSocket, api.token("bob", "switchboard"));
                 SocketClient carol = SocketClient.connect(agentSocket, api.token("carol", "switchboard"))) {
                waitUntil("bob and carol offered, by name", () -> onFx(() -> colleagues.getItems().stream()
                        .map(Agent::displayName).toList()).equals(List.of("Bob 张伟", "Carol 陈静")));

                robot.clickOn(colleagues).write("carol").type(KeyCode.ENTER);
                waitUntil("carol chosen by typing part of her name", () -> onFx(() -> colleagues.getValue() != null
                        && colleagues.getValue().login().equals("carol")));
                assertThat(onFx(confirm::isDisabled)).isFalse();

                carol.close();
                waitUntil("carol, gone offline, is neither offered nor chosen", () -> onFx(() -> colleagues.getValue() == null
                        && colleagues.getItems().stream().map(Agent::login).toList().equals(List.of("bob"))));
                assertThat(onFx(confirm::isDisabled)).as("no colleague chosen").isTrue();

                robot.clickOn(colleagues).write("张伟").type(KeyCode.ENTER);
                waitUntil("bob chosen by his Chinese name", () -> onFx(() -> colleagues.getValue() != null
                        && colleagues.getValue().login().equals("bob")));
                robot.clickOn(confirm);
                assertThat(bob.await(ChatMessages.ASSIGNED).payload().path("id").asLong()).isEqualTo(id);
                waitUntil("the dialog closed", () -> WorkstationDriver.dialog("#handOverDialog").isEmpty());
            }
        }
    }

    /** Opens the Chats page and waits until the workstation is connected, so that chats started now reach it. */
    private void showChatsOnline(Stage main) {
        robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
        waitUntil("the agent online", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText())
                .equals("Connected"));
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

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** The side panel's rows as "label=value", top to bottom. */
    private static List<String> rows(GridPane grid) {
        return onFx(() -> {
            List<String> rows = new ArrayList<>();
            for (Node node : grid.getChildren()) {
                Integer column = GridPane.getColumnIndex(node);
                if (node instanceof Label label && (column == null || column == 0)) {
                    int row = GridPane.getRowIndex(node) == null ? 0 : GridPane.getRowIndex(node);
                    String value = grid.getChildren().stream()
                            .filter(other -> Integer.valueOf(1).equals(GridPane.getColumnIndex(other))
                                    && Integer.valueOf(row).equals(GridPane.getRowIndex(other) == null ? 0 : GridPane.getRowIndex(other)))
                            .map(other -> ((Label) other).getText()).findFirst().orElse("");
                    rows.add(label.getText() + "=" + value);
                }
            }
            return rows;
        });
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
