package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.tickets.TicketPriority;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A same-field conflict shown and resolved (issue 13, ADR 0038), against a real backend: the agent
 * raises a ticket's priority while the backend is down; meanwhile a colleague sets it otherwise on
 * the backend (the backend runs for a while on another port, out of the workstation's reach). On
 * reconnecting the merge view opens by itself with both values, the agent applies their own value again, and
 * the backend holds the agent's value.
 */
class TicketsSyncConflictUiTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void aSameFieldConflictIsShownWithBothValuesAndTheAgentsChoiceIsStored(@TempDir Path serverData, @TempDir Path home) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        int port = server.port();
        String url = server.baseUrl();
        AdminRest rest = AdminRest.signIn(url);
        long adminId = rest.call("GET", "/api/v1/auth/me", null).path("id").asLong();
        JsonNode made = rest.call("POST", "/api/v1/tickets", "{\"subject\":\"空调漏水 air conditioner leaks\",\"requester\":{\"email\":"
                + "\"qian@example.cn\"},\"assigneeId\":" + adminId + "}");
        long id = made.path("id").asLong();
        String number = made.path("number").asText();

        try (WorkstationDriver workstation = WorkstationDriver.start(home, url, "admin", "switchboard")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Administrator");
            Label connection = find(robot, main, "#connectionIndicator");
            waitUntil("connected", () -> "Connected".equals(onFx(connection::getText)));
            robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
            waitUntil("the ticket listed", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketRow-" + number) != null));
            robot.clickOn((Node) find(robot, (Node) find(robot, main, "#ticketRow-" + number), ".table-cell"));
            ComboBox<TicketPriority> priority = find(robot, main, "#ticketPriority");
            waitUntil("the ticket open", () -> onFx(priority::getValue) == TicketPriority.NORMAL);

            server.close();
            waitUntil("offline", () -> onFx(() -> ((Label) find(robot, main, "#ticketsOffline")).isVisible()));
            VBox toasts = find(robot, main, "#toasts");
            waitUntil("the notices gone", () -> onFx(() -> toasts.getChildren().isEmpty()));
            onFx(() -> {
                priority.setValue(TicketPriority.HIGH);
                return null;
            });
            press(main, "#ticketSave");
            Label pending = find(robot, main, "#ticketsPending");
            waitUntil("kept to sync", () -> onFx(pending::isVisible) && onFx(pending::getText).equals("1 change waiting to sync"));

            // a colleague meanwhile, on the same backend the workstation cannot reach
            SwitchboardServer meanwhile = SwitchboardServer.start(ServerConfig.forTests(serverData));
            try {
                AdminRest.signIn(meanwhile.baseUrl()).call("PATCH", "/api/v1/tickets/" + id, "{\"version\":1,\"priority\":\"URGENT\"}");
            } finally {
                meanwhile.close();
            }

            SwitchboardServer back = SwitchboardServer.start(ServerConfig.forTests(serverData).withPort(port));
            try {
                waitUntil("reconnected", () -> "Connected".equals(onFx(connection::getText)));
                Node problems = find(robot, main, "#syncProblems");
                waitUntil("the merge view opens by itself", () -> onFx(problems::isVisible)
                        && onFx(() -> problems.lookup("#problemMine-priority") != null));
                assertThat(onFx(() -> ((Label) problems.lookup("#problemMine-priority")).getText())).isEqualTo("High");
                assertThat(onFx(() -> ((Label) problems.lookup("#problemTheirs-priority")).getText())).isEqualTo("Urgent");
                assertThat(rest.call("GET", "/api/v1/tickets/" + id, null).path("priority").asText()).as("theirs until the agent chooses")
                        .isEqualTo("URGENT");

                Button reapply = onFx(() -> problems.lookupAll(".button").stream().filter(node -> node.getId() != null
                        && node.getId().startsWith("problemReapply-")).map(Button.class::cast).findFirst().orElseThrow());
                reveal(reapply);
                robot.clickOn(reapply);

                waitUntil("the agent's choice stored", () -> rest.call("GET", "/api/v1/tickets/" + id, null).path("priority").asText()
                        .equals("HIGH"));
                waitUntil("nothing left to decide", () -> !onFx(problems::isVisible) && !onFx(() -> ((Node) find(robot, main, "#ticketsProblems"))
                        .isVisible()));
                waitUntil("nothing waits", () -> !onFx(pending::isVisible));
                waitUntil("the ticket shows the value stored", () -> onFx(priority::getValue) == TicketPriority.HIGH);
            } finally {
                back.close();
            }
        }
    }

    private void press(Stage main, String query) {
        Node button = find(robot, main, query);
        reveal(button);
        robot.clickOn(button);
    }
}
