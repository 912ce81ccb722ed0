package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.audit.AuditEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Administration page's audit log against a real backend: an administrator finds who set an agent's status, and a bad date range is explained. */
class AuditLogUiTest {

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
    void anAdministratorFindsWhoChangedWhatAndABadRangeIsExplainedKeepingTheFilters(@TempDir Path adminHome) throws Exception {
        AdminClient rest = AdminClient.signIn(server.baseUrl());
        long alice = rest.idOf("alice");
        rest.put("/api/v1/agents/" + alice + "/status", "{\"status\":\"AWAY\",\"note\":\"产品培训\"}");

        try (WorkstationDriver admin = WorkstationDriver.start(adminHome, server.baseUrl(), "admin", "switchboard")) {
            Stage window = WorkstationDriver.waitForMainWindowOf(rest.get("/api/v1/auth/me").path("displayName").asText());
            robot.clickOn((Node) find(robot, window, "#nav-ADMIN"));
            robot.clickOn((Node) find(robot, window, "#adminSection-audit"));
            TableView<AuditEntry> entries = find(robot, window, "#auditEntries");
            waitUntil("the status change is listed on opening", () -> onFx(() -> entries.getItems().stream()
                    .anyMatch(entry -> entry.action().equals("agent.status") && entry.detail().contains("产品培训"))));

            TextField action = find(robot, window, "#auditAction");
            robot.clickOn(action).write("agent.status");
            DatePicker from = find(robot, window, "#auditFrom");
            DatePicker to = find(robot, window, "#auditTo");
            onFx(() -> {
                from.setValue(LocalDate.now().plusDays(3));
                to.setValue(LocalDate.now());
                return null;
            });
            robot.clickOn((Node) find(robot, window, "#auditSearch"));
            Label toError = find(robot, window, "#auditToError");
            waitUntil("the range is refused next to its end", () -> onFx(() -> toError.isVisible() && toError.getText().contains("after from")));
            assertThat(onFx(() -> action.getText())).as("what was typed stays").isEqualTo("agent.status");
            assertThat(onFx(() -> entries.getItems().size())).as("the earlier result stays until a search runs").isPositive();

            onFx(() -> {
                from.setValue(null);
                to.setValue(null);
                return null;
            });
            robot.clickOn((Node) find(robot, window, "#auditSearch"));
            waitUntil("only status changes, with who did it", () -> onFx(() -> !entries.getItems().isEmpty()
                    && entries.getItems().stream().allMatch(entry -> entry.action().equals("agent.status"))
                    && entries.getItems().get(0).target().equals("agent:" + alice)));
            assertThat(onFx(toError::isVisible)).isFalse();
        }
    }
}
