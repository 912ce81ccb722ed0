package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.app.visitors.VisitorRow;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An agent gives a visitor a customer level from the levels administrators configured, in the
 * Visitors page's details, against a real backend; a level an administrator adds meanwhile is
 * offered at once.
 */
class VisitorLevelUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        rest = AdminRest.signIn(server.baseUrl());
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
    void anAgentGivesAVisitorAConfiguredLevelAndTakesItAway(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/levels", "Levels page")) {
            workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            robot.clickOn((Node) find(robot, main, "#nav-VISITORS"));
            TableView<VisitorRow> table = find(robot, main, "#visitorsTable");
            waitUntil("the visitor listed", () -> onFx(() -> table.getItems().stream().anyMatch(row -> row.id().equals(visitor.id()))));
            robot.clickOn(rowOf(table, visitor.id()));
            ComboBox<String> level = find(robot, main, "#detailsLevel");
            waitUntil("none and the configured level offered", () -> onFx(() -> List.copyOf(level.getItems())).equals(List.of("", "VIP")));
            assertThat(onFx(level::getValue)).as("the visitor has none yet").isEmpty();

            rest.call("POST", "/api/v1/customer-levels", "{\"name\":\"金卡 Gold\",\"queuePriority\":5}");
            waitUntil("a level added meanwhile offered at once", () -> onFx(() -> List.copyOf(level.getItems())).equals(List.of("", "VIP", "金卡 Gold")));
            choose(level, "金卡 Gold");
            waitUntil("the visitor has the level", () -> "金卡 Gold".equals(levelOf(visitor.id())));
            waitUntil("the details show it", () -> "金卡 Gold".equals(onFx(level::getValue)));

            choose(level, "");
            waitUntil("the level taken away", () -> levelOf(visitor.id()) == null);
            assertThat(rest.call("GET", "/api/v1/audit", null).findValuesAsText("detail")).contains("level=金卡 Gold", "cleared");
        }
    }

    private static String levelOf(String visitorId) throws Exception {
        var visitor = rest.call("GET", "/api/v1/visitors/" + visitorId, null).path("visitor");
        return visitor.has("customerLevel") ? visitor.path("customerLevel").asText() : null;
    }

    /** Picks a level as the list would: the field's value. */
    private static void choose(ComboBox<String> box, String value) {
        onFx(() -> {
            box.setValue(value);
            return null;
        });
    }

    private Node rowOf(TableView<VisitorRow> table, String visitorId) {
        waitUntil("the row of " + visitorId + " drawn", () -> onFx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .anyMatch(node -> node instanceof TableRow<?> row && row.getItem() instanceof VisitorRow item && item.id().equals(visitorId))));
        return onFx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getItem() instanceof VisitorRow item && item.id().equals(visitorId))
                .findFirst().orElseThrow());
    }
}
