package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.LOGIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.supervisor.AgentRow;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Starting with the backend down: the cache carries the agent until the server is back. */
class StartFromCacheTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    /** Signs carol in once and lets the team sync into the cache of {@code home}. */
    private void fillCache(Path home, SwitchboardServer server) throws Exception {
        try (WorkstationDriver first = WorkstationDriver.start(home, server.baseUrl(), "carol", "switchboard")) {
            Stage main = first.waitForWindow(MAIN_TITLE);
            Node supervisor = find(robot, main, "#nav-SUPERVISOR");
            robot.clickOn(supervisor);
            waitUntil("the supervisor page", () -> onFx(() -> main.getScene().getRoot().lookup("#agentsTable") != null));
            TableView<AgentRow> table = find(robot, main, "#agentsTable");
            waitUntil("the synced team", () -> onFx(() -> table.getItems().size() == 4
                    && table.getItems().stream().noneMatch(row -> String.join("", row.groups()).contains("#"))));
        }
    }

    @Test
    void opensFromTheCacheWhileTheServerIsDownAndReconnectsWhenItIsBack(@TempDir Path serverData, @TempDir Path home)
            throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        int port = server.port();
        String url = server.baseUrl();
        fillCache(home, server);
        server.close();

        try (WorkstationDriver offline = WorkstationDriver.start(home, url, "carol", null)) {
            Stage main = offline.waitForWindow(MAIN_TITLE);
            assertThat(offline.isShowing(LOGIN_TITLE)).isFalse();
            Label connection = find(robot, main, "#connectionIndicator");
            waitUntil("the indicator to say reconnecting", () -> "Reconnecting…".equals(onFx(connection::getText)));

            FlowPane groups = find(robot, main, "#homeGroups");
            waitUntil("carol's groups from the cache", () -> onFx(() -> groups.getChildren().stream()
                    .map(node -> ((Label) node).getText()).toList())
                    .equals(List.of("售前 Pre-sales", "售后 After-sales", "VIP")));
            Node supervisor = find(robot, main, "#nav-SUPERVISOR");
            robot.clickOn(supervisor);
            waitUntil("the supervisor page", () -> onFx(() -> main.getScene().getRoot().lookup("#agentsTable") != null));
            TableView<AgentRow> table = find(robot, main, "#agentsTable");
            waitUntil("the cached team", () -> onFx(() -> table.getItems().size()) == 4);
            assertThat(onFx(() -> table.getItems().stream().map(AgentRow::login).toList()))
                    .containsExactlyInAnyOrder("alice", "bob", "carol", "admin");
            assertThat(onFx(connection::getText)).isEqualTo("Reconnecting…");

            SwitchboardServer back = SwitchboardServer.start(ServerConfig.forTests(serverData).withPort(port));
            try {
                waitUntil("the connection to come back", () -> "Connected".equals(onFx(connection::getText)));
            } finally {
                back.close();
            }
        }
    }

    @Test
    void aCachedTokenTheServerNoLongerKnowsLeadsToThePrefilledLoginWindow(@TempDir Path serverData,
            @TempDir Path otherServerData, @TempDir Path home) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        int port = server.port();
        String url = server.baseUrl();
        fillCache(home, server);
        server.close();
        // Same address, but a backend that never issued the cached token.
        SwitchboardServer stranger = SwitchboardServer.start(ServerConfig.forTests(otherServerData).withPort(port));
        try (WorkstationDriver workstation = WorkstationDriver.start(home, url, "carol", null)) {
            Stage login = workstation.waitForWindow(LOGIN_TITLE);

            assertThat(onFx(() -> ((TextField) find(robot, login, "#loginField")).getText())).isEqualTo("carol");
            assertThat(onFx(() -> ((TextField) find(robot, login, "#serverField")).getText())).isEqualTo(url);
            Label error = find(robot, login, "#loginError");
            assertThat(onFx(error::getText)).isEqualTo("Your session has ended. Please sign in again.");
            waitUntil("the main window closed", () -> !workstation.isShowing(MAIN_TITLE));
        } finally {
            stranger.close();
        }
    }
}
