package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.Gestures;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.tickets.Ticket;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Tickets while the backend is down (ADR 0038), against a real backend that the test stops: a ticket
 * made offline shows at once with a provisional label and the pending count, is found by its subject,
 * and is still there (with the reply being typed on it) after the workstation started again offline;
 * on reconnecting it syncs and the list shows it with its number. The agent is Alice (an agent, not an
 * administrator): a ticket she makes without group or assignee is hers, offline and on the backend.
 */
class TicketsOfflineUiTest {

    private static final String SUBJECT = "离线工单 made offline";
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @Test
    void aTicketMadeWhileTheBackendIsDownShowsAtOnceAndOutlivesARestart(@TempDir Path serverData, @TempDir Path home) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        String url = server.baseUrl();
        try (WorkstationDriver workstation = WorkstationDriver.start(home, url, "alice", "switchboard")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            openTickets(main);
            Label connection = find(robot, main, "#connectionIndicator");
            waitUntil("connected", () -> "Connected".equals(onFx(connection::getText)));

            server.close();
            waitUntil("the page says it is offline", () -> onFx(() -> ((Label) find(robot, main, "#ticketsOffline")).isVisible()));
            makeTicketOffline(main);

            waitUntil("the new ticket open with a provisional label", () -> onFx(() -> ((Label) find(robot, main, "#ticketNumber")).getText())
                    .startsWith("Not synced yet ("));
            Label pending = find(robot, main, "#ticketsPending");
            waitUntil("the pending count", () -> onFx(pending::isVisible) && onFx(pending::getText).equals("1 change waiting to sync"));
            TableView<Ticket> table = find(robot, main, "#ticketsTable");
            waitUntil("listed at once", () -> subjects(table).contains(SUBJECT));
            robot.clickOn((Node) find(robot, main, "#ticketSearch")).write("made offline");
            waitUntil("found by its subject", () -> subjects(table).equals(List.of(SUBJECT)));

            robot.clickOn((Node) find(robot, main, "#ticketReply")).write("正在处理 working on it");
        }

        // started again with the backend still down: the ticket, the count and the reply being typed are all there
        try (WorkstationDriver offline = WorkstationDriver.start(home, url, "alice", null)) {
            Stage main = offline.waitForWindow(MAIN_TITLE);
            openTickets(main);
            TableView<Ticket> table = find(robot, main, "#ticketsTable");
            waitUntil("the offline ticket listed", () -> subjects(table).contains(SUBJECT));
            Label pending = find(robot, main, "#ticketsPending");
            waitUntil("still pending", () -> onFx(pending::getText).equals("1 change waiting to sync"));
            onFx(() -> {
                table.getSelectionModel().select(table.getItems().stream().filter(t -> t.subject().equals(SUBJECT)).findFirst().orElseThrow());
                return null;
            });
            waitUntil("the reply being typed is back", () -> onFx(() -> ((TextArea) find(robot, main, "#ticketReply")).getText())
                    .equals("正在处理 working on it"));
        }
    }

    @Test
    void aTicketMadeOfflineSyncsAndGetsItsNumberOnReconnect(@TempDir Path serverData, @TempDir Path home) throws Exception {
        SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        int port = server.port();
        String url = server.baseUrl();
        try (WorkstationDriver workstation = WorkstationDriver.start(home, url, "alice", "switchboard")) {
            Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            openTickets(main);
            Label connection = find(robot, main, "#connectionIndicator");
            waitUntil("connected", () -> "Connected".equals(onFx(connection::getText)));
            server.close();
            waitUntil("offline", () -> onFx(() -> ((Label) find(robot, main, "#ticketsOffline")).isVisible()));
            makeTicketOffline(main);
            Label number = find(robot, main, "#ticketNumber");
            waitUntil("provisional", () -> onFx(number::getText).startsWith("Not synced yet ("));

            SwitchboardServer back = SwitchboardServer.start(ServerConfig.forTests(serverData).withPort(port));
            try {
                waitUntil("reconnected", () -> "Connected".equals(onFx(connection::getText)));
                Label pending = find(robot, main, "#ticketsPending");
                waitUntil("nothing waits", () -> !onFx(pending::isVisible));
                TableView<Ticket> table = find(robot, main, "#ticketsTable");
                waitUntil("listed with its number", () -> onFx(() -> table.getItems().stream()
                        .anyMatch(t -> t.subject().equals(SUBJECT) && t.number().startsWith("T-"))));
                JsonNode stored = AdminRest.signIn(url).call("GET", "/api/v1/tickets?text=made%20offline", null).path("tickets");
                assertThat(stored.size()).as("made once").isEqualTo(1);
                assertThat(stored.get(0).path("requester").path("name").asText()).isEqualTo("陈先生");
            } finally {
                back.close();
            }
        }
    }

    private void openTickets(Stage main) {
        robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
        waitUntil("the page open", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketsTable") != null));
    }

    private void makeTicketOffline(Stage main) {
        // the "connection lost" notice sits over the page's top corner for a few seconds: the agent waits for it to go
        javafx.scene.layout.VBox toasts = find(robot, main, "#toasts");
        waitUntil("the notices gone", () -> onFx(() -> toasts.getChildren().isEmpty()));
        robot.clickOn((Node) find(robot, main, "#ticketNew"));
        waitUntil("the form open", () -> onFx(() -> main.getScene().getRoot().lookup("#newTicketCreate") != null));
        typeInto(main, "#newTicketSubject", SUBJECT);
        typeInto(main, "#newTicketName", "陈先生");
        typeInto(main, "#newTicketPhone", "13800138000");
        Node create = find(robot, main, "#newTicketCreate");
        reveal(create);
        robot.clickOn(settledCenter(main, create));
    }

    /**
     * Types into a field of the form once the form stands still (its custom-field rows arrive after it
     * opens and move what is below them), and checks the text arrived where it was meant to.
     */
    private void typeInto(Stage main, String query, String text) {
        TextInputControl field = find(robot, main, query);
        robot.clickOn(settledCenter(main, field)).write(text);
        waitUntil(query + " holding what was typed", () -> text.equals(onFx(field::getText)));
    }

    private static Point2D settledCenter(Stage main, Node node) {
        return Gestures.settled(main.getScene(), () -> onFx(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        }));
    }

    private static List<String> subjects(TableView<Ticket> table) {
        return onFx(() -> table.getItems().stream().map(Ticket::subject).toList());
    }
}
