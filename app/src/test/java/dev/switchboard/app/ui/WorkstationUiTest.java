package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.LOGIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.supervisor.AgentRow;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.AgentStatus;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The workstation's windows against a real backend running in this JVM. */
class WorkstationUiTest {

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
    void closeWorkstation() throws Exception {
        if (workstation != null) {
            workstation.close();
        }
    }

    private void click(Stage window, String query) {
        Node node = find(robot, window, query);
        robot.clickOn(node);
    }

    private void typeInto(Stage window, String query, String text) {
        TextField field = find(robot, window, query);
        onFx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write(text);
    }

    @Test
    void signingInThroughTheLoginWindowOpensTheMainWindowWithTheAgentsName(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, null, null, null);
        Stage login = workstation.waitForWindow(LOGIN_TITLE);

        typeInto(login, "#serverField", server.baseUrl());
        typeInto(login, "#loginField", "alice");
        typeInto(login, "#passwordField", "switchboard");
        click(login, "#signInButton");

        Stage main = workstation.waitForWindow(MAIN_TITLE);
        MenuButton userMenu = find(robot, main, "#userMenu");
        waitUntil("the agent's name", () -> "Alice 王丽".equals(onFx(userMenu::getText)));
        Label connection = find(robot, main, "#connectionIndicator");
        waitUntil("the connection", () -> "Connected".equals(onFx(connection::getText)));
        FlowPane groups = find(robot, main, "#homeGroups");
        waitUntil("alice's groups from the sync", () -> onFx(() -> groups.getChildren().stream()
                .map(node -> ((Label) node).getText()).toList()).equals(List.of("售前 Pre-sales", "VIP")));
        assertThat(workstation.isShowing(LOGIN_TITLE)).isFalse();
        assertThat(robot.from(main.getScene().getRoot()).lookup("#nav-SUPERVISOR").tryQuery())
                .as("agents see no Supervisor page").isEmpty();
    }

    @Test
    void aWrongPasswordIsExplainedAndKeepsWhatWasTyped(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, null, null, null);
        Stage login = workstation.waitForWindow(LOGIN_TITLE);

        typeInto(login, "#serverField", server.baseUrl());
        typeInto(login, "#loginField", "bob");
        typeInto(login, "#passwordField", "not-bobs-password");
        click(login, "#signInButton");

        Label error = find(robot, login, "#loginError");
        waitUntil("the error message", () -> onFx(error::isVisible));
        assertThat(onFx(error::getText)).isEqualTo("Wrong login or password.");
        assertThat(onFx(() -> ((TextField) find(robot, login, "#serverField")).getText())).isEqualTo(server.baseUrl());
        assertThat(onFx(() -> ((TextField) find(robot, login, "#loginField")).getText())).isEqualTo("bob");
        assertThat(onFx(() -> ((TextField) find(robot, login, "#passwordField")).getText())).isEqualTo("not-bobs-password");
        assertThat(onFx(() -> find(robot, login, "#signInButton").isDisabled())).isFalse();
        assertThat(workstation.isShowing(MAIN_TITLE)).isFalse();
    }

    @Test
    void aSupervisorSeesAnAgentsStatusChangeLive(@TempDir Path carolHome, @TempDir Path aliceHome) throws Exception {
        workstation = WorkstationDriver.start(carolHome, server.baseUrl(), "carol", "switchboard");
        Stage carolWindow = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
        click(carolWindow, "#nav-SUPERVISOR");
        TableView<AgentRow> table = find(robot, carolWindow, "#agentsTable");
        waitUntil("the team in the table", () -> onFx(() -> table.getItems().size()) == 4);
        waitUntil("alice offline", () -> statusOf(table, "alice") == AgentStatus.OFFLINE);

        // A second workstation in the same JVM: alice at her own desk.
        try (WorkstationDriver alice = WorkstationDriver.start(aliceHome, server.baseUrl(), "alice", "switchboard")) {
            Stage aliceWindow = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            assertThat(alice.isShowing(LOGIN_TITLE)).isFalse();
            waitUntil("alice online in carol's table", () -> statusOf(table, "alice") == AgentStatus.ONLINE);
            // the server counts her online when her socket opens, a moment before her workstation has its welcome
            Label aliceConnection = find(robot, aliceWindow, "#connectionIndicator");
            waitUntil("alice's own connection", () -> "Connected".equals(onFx(aliceConnection::getText)));

            MenuButton switcher = find(robot, aliceWindow, "#statusSwitcher");
            onFx(() -> {
                switcher.getItems().stream().filter(item -> "status-BUSY".equals(item.getId())).findFirst()
                        .orElseThrow().fire();
                return null;
            });

            waitUntil("alice busy in carol's table", () -> statusOf(table, "alice") == AgentStatus.BUSY);
            waitUntil("the busy cell drawn", () -> shownStatus(table, "alice").equals("Busy"));
            waitUntil("alice's own switcher", () -> "Busy".equals(onFx(switcher::getText)));
        }
        waitUntil("alice offline after she quit", () -> statusOf(table, "alice") == AgentStatus.OFFLINE);
    }

    @Test
    void anEndedSessionReturnsToTheLoginWindowKeepingServerAndLogin(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "bob", "switchboard");
        Stage main = workstation.waitForWindow(MAIN_TITLE);
        Label connection = find(robot, main, "#connectionIndicator");
        waitUntil("the connection", () -> "Connected".equals(onFx(connection::getText)));
        AdminClient admin = AdminClient.signIn(server.baseUrl());
        try {
            long id = admin.idOf("bob");
            admin.patch(id, "{\"enabled\":false}");

            Stage login = workstation.waitForWindow(LOGIN_TITLE);
            Label error = find(robot, login, "#loginError");
            waitUntil("the reason", () -> onFx(error::isVisible));
            assertThat(onFx(error::getText)).isEqualTo("Your session has ended. Please sign in again.");
            assertThat(onFx(() -> ((TextField) find(robot, login, "#loginField")).getText())).isEqualTo("bob");
            assertThat(onFx(() -> ((TextField) find(robot, login, "#serverField")).getText())).isEqualTo(server.baseUrl());
            waitUntil("the main window closed", () -> !workstation.isShowing(MAIN_TITLE));
        } finally {
            admin.patch(admin.idOf("bob"), "{\"enabled\":true}");
        }
    }

    private static AgentStatus statusOf(TableView<AgentRow> table, String login) {
        return onFx(() -> table.getItems().stream().filter(row -> row.login().equals(login)).findFirst()
                .map(AgentRow::status).orElse(null));
    }

    /** The status text as drawn in the table, not just the row data. */
    private String shownStatus(TableView<AgentRow> table, String login) {
        return onFx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.getItem() instanceof AgentRow agent && agent.login().equals(login))
                .flatMap(row -> row.getChildrenUnmodifiable().stream())
                .filter(cell -> cell instanceof TableCell<?, ?> tableCell && tableCell.getGraphic() != null)
                .map(cell -> ((TableCell<?, ?>) cell).getText())
                .findFirst().orElse(""));
    }
}
