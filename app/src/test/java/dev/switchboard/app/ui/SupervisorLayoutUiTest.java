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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Supervisor page with a chat opened beside the tables: the team's headers and values keep
 * their words, a long watched message wraps instead of ending in "…", and only the times are in
 * figures of one width, not the Time header.
 */
class SupervisorLayoutUiTest {

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
    void withAChatOpenBesideTheTablesNothingIsCutAndOnlyTheTimesAreMonospace(@TempDir Path aliceHome, @TempDir Path carolHome)
            throws Exception {
        String longMessage = "My purifier X2 makes a loud noise since yesterday evening, the filter light blinks red and the app "
                + "says the filter must be replaced although I changed it last week. Order A-20261102-1042.";
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard");
             TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, aliceWindow, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            long chat = emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            emma.say(longMessage);

            try (WorkstationDriver carol = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard")) {
                Stage window = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
                robot.clickOn((Node) find(robot, window, "#nav-SUPERVISOR"));
                TableView<OngoingChat> ongoing = find(robot, window, "#ongoingTable");
                waitUntil("alice's chat listed", () -> onFx(() -> ongoing.getItems().stream().anyMatch(row -> row.conversationId() == chat)));
                waitUntil("its open button drawn", () -> lookup(window, "#watch-" + chat).isPresent());
                robot.clickOn(lookup(window, "#watch-" + chat).orElseThrow());
                ListView<ChatMessage> watched = find(robot, window, "#watchedMessages");
                waitUntil("the long message drawn", () -> messageLabel(watched, longMessage).isPresent());

                waitUntil("the long message wrapped whole", () -> onFx(() -> {
                    Label text = messageLabel(watched, longMessage).orElseThrow();
                    return text.getHeight() + 0.5 >= text.prefHeight(text.getWidth()) && text.getHeight() > 2.5 * text.getFont().getSize();
                }));
                TableView<?> team = find(robot, window, "#agentsTable");
                // headers, logins and roles keep their words (a long list of groups may end in "…", as in any table)
                List<String> keepWhole = List.of("Name", "Login", "Role", "Groups", "Status", "Max chats", "alice", "bob", "carol",
                        "admin", "Agent", "Supervisor", "Administrator");
                waitUntil("the team's headers, logins and roles whole", () -> onFx(() -> LookUiTest.cut(team)).stream()
                        .noneMatch(text -> keepWhole.stream().anyMatch(whole -> text.startsWith(whole + " drawn as"))));
                assertThat(onFx(() -> ongoing.lookupAll(".column-header").stream()
                        .flatMap(header -> LookUiTest.cut((Parent) header).stream()).toList())).as("the chats' headers").isEmpty();

                onFx(() -> {
                    Node timeHeader = ongoing.lookupAll(".column-header").stream()
                            .filter(header -> header.lookup(".label") instanceof Label label && "Time".equals(label.getText()))
                            .findFirst().orElseThrow();
                    Node visitorHeader = ongoing.lookupAll(".column-header").stream()
                            .filter(header -> header.lookup(".label") instanceof Label label && "Visitor".equals(label.getText()))
                            .findFirst().orElseThrow();
                    String pageFont = ((Label) visitorHeader.lookup(".label")).getFont().getFamily();
                    assertThat(((Label) timeHeader.lookup(".label")).getFont().getFamily()).as("the Time header").isEqualTo(pageFont);
                    List<String> timeFonts = ongoing.lookupAll(".monospace-cell").stream()
                            .filter(cell -> cell.lookup(".text") instanceof Text)
                            .map(cell -> ((Text) cell.lookup(".text")).getFont().getFamily()).toList();
                    assertThat(timeFonts).isNotEmpty().allSatisfy(family -> assertThat(family).isNotEqualTo(pageFont));
                    return null;
                });
            }
        }
    }

    private static Optional<Label> messageLabel(ListView<ChatMessage> list, String text) {
        return onFx(() -> list.lookupAll(".label").stream()
                .filter(node -> node instanceof Label label && text.equals(label.getText()))
                .map(Label.class::cast).findFirst());
    }

    private Optional<Node> lookup(Stage window, String query) {
        return onFx(() -> robot.from(window.getScene().getRoot()).lookup(query).tryQuery());
    }
}
