package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.app.tickets.together.BulkBar;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.SavedView;
import dev.switchboard.shared.tickets.together.TicketViewers;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Working the queue together against a real backend, signed in as the supervisor Carol: a colleague (Alice, over her
 * own agent socket) on the same ticket shows on the
 * ticket and in the list (and sees this agent); a priority set on two selected tickets at once; the
 * list's filter saved as a view that then lists its tickets.
 */
class TicketsTogetherUiTest {

    private static final long PRESALES = 1;

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private static long carolId;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;
    private Stage main;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        rest = AdminRest.signIn(server.baseUrl());
        carolId = rest.find("/api/v1/agents", "login", "carol").path("id").asLong();
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
    void twoAgentsOnOneTicketSeeEachOther(@TempDir Path home) throws Exception {
        JsonNode made = ticket("打印机卡纸 printer jams", "li@example.cn");
        long id = made.path("id").asLong();
        String number = made.path("number").asText();
        String alice = signedIn("alice").token();
        try (SocketClient colleague = SocketClient.connect(server.baseUrl().replaceFirst("^http", "ws") + AgentSocket.PATH, alice)) {
            colleague.await(MessageTypes.WELCOME);
            open(home);
            waitUntil("the ticket listed", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketRow-" + number) != null));
            clickRow("#ticketRow-" + number);

            // the colleague hears that Carol has it open
            colleague.await(envelope -> TicketViewers.VIEWERS.equals(envelope.type()) && envelope.payload().path("ticketId").asLong() == id
                    && envelope.payload().path("viewers").toString().contains("Carol 陈静"), "Carol viewing");

            colleague.send(TicketViewers.VIEWING, new TicketViewers.Viewing(id, true, true));
            Label viewers = find(robot, main, "#ticketViewers");
            waitUntil("the colleague shown on the ticket", () -> onFx(() -> viewers.isVisible() && viewers.getText().contains("Alice 王丽")));
            assertThat(onFx(viewers::getText)).isEqualTo("Writing a reply now: Alice 王丽");
            waitUntil("and marked in the list", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketViewersMark-" + number)
                    instanceof javafx.scene.control.TableCell<?, ?> cell && "1".equals(cell.getText())));

            colleague.send(TicketViewers.VIEWING, new TicketViewers.Viewing(id, false, false));
            waitUntil("gone when the colleague leaves", () -> !onFx(viewers::isVisible));
        }
    }

    @Test
    void aPrioritySetOnTwoSelectedTicketsAtOnce(@TempDir Path home) throws Exception {
        JsonNode first = ticket("退款未到账 refund missing", "wang@example.cn");
        JsonNode second = ticket("发票抬头 invoice title", "zhao@example.cn");
        open(home);
        String firstRow = "#ticketRow-" + first.path("number").asText();
        String secondRow = "#ticketRow-" + second.path("number").asText();
        waitUntil("both listed", () -> onFx(() -> main.getScene().getRoot().lookup(firstRow) != null
                && main.getScene().getRoot().lookup(secondRow) != null));
        clickRow(firstRow);
        robot.press(KeyCode.CONTROL);
        clickRow(secondRow);
        robot.release(KeyCode.CONTROL);
        Node bar = find(robot, main, "#bulkBar");
        waitUntil("the bulk bar shown for two", () -> onFx(bar::isVisible));
        assertThat(onFx(() -> ((Label) find(robot, main, "#bulkCount")).getText())).isEqualTo("2 selected");

        ComboBox<BulkBar.Field> field = find(robot, main, "#bulkField");
        ComboBox<BulkBar.Choice> value = find(robot, main, "#bulkValue");
        onFx(() -> {
            field.setValue(BulkBar.Field.PRIORITY);
            value.setValue(value.getItems().stream().filter(choice -> "HIGH".equals(String.valueOf(choice.value()))).findFirst().orElseThrow());
            return null;
        });
        press("#bulkApply");
        waitUntil("both stored as high", () -> List.of(first, second).stream().allMatch(ticket -> {
            try {
                return rest.call("GET", "/api/v1/tickets/" + ticket.path("id").asLong(), null).path("priority").asText().equals("HIGH");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        Label result = find(robot, main, "#bulkResult");
        waitUntil("the result said", () -> onFx(result::getText).equals("2 changed, 0 refused"));
    }

    @Test
    void theListsFilterSavedAsAViewListsItsTickets(@TempDir Path home) throws Exception {
        ticket("路由器断线 router drops", "qian@example.cn");
        ticket("发票重开 invoice again", "sun@example.cn");
        open(home);
        TableView<Ticket> table = find(robot, main, "#ticketsTable");
        waitUntil("both listed", () -> subjects(table).containsAll(List.of("路由器断线 router drops", "发票重开 invoice again")));
        robot.clickOn((Node) find(robot, main, "#ticketSearch")).write("invoice");
        robot.clickOn((Node) find(robot, main, "#ticketViewName")).write("发票 Invoices").type(KeyCode.ENTER);
        ComboBox<SavedView> views = find(robot, main, "#ticketViews");
        waitUntil("the view saved and chosen", () -> onFx(() -> views.getValue() != null && views.getValue().name().equals("发票 Invoices")));
        JsonNode stored = signedIn("carol").call("GET", "/api/v1/ticket-views", null).get(0);
        assertThat(stored.path("conditions").path("text").asText()).isEqualTo("invoice");
        assertThat(stored.path("visibility").asText()).isEqualTo("PERSONAL");

        onFx(() -> {
            ((javafx.scene.control.TextField) find(robot, main, "#ticketSearch")).clear();
            return null;
        });
        waitUntil("the view lists what its conditions find, the search cleared", () -> subjects(table).equals(List.of("发票重开 invoice again")));
        press("#ticketViewClear");
        waitUntil("back to the queue", () -> subjects(table).containsAll(List.of("路由器断线 router drops", "发票重开 invoice again")));
    }

    @Test
    void aTicketMergedIntoAnotherAfterConfirmingAndTheTargetOpens(@TempDir Path home) throws Exception {
        JsonNode target = ticket("网银转账失败 transfer failed", "chen@example.cn");
        JsonNode duplicate = ticket("转账又失败 transfer failed again", "chen@example.cn");
        rest.call("POST", "/api/v1/tickets/" + duplicate.path("id").asLong() + "/comments", "{\"kind\":\"PUBLIC_REPLY\",\"body\":\"请稍候 please wait\"}");
        open(home);
        String row = "#ticketRow-" + duplicate.path("number").asText();
        waitUntil("the duplicate listed", () -> onFx(() -> main.getScene().getRoot().lookup(row) != null));
        clickRow(row);
        Label number = find(robot, main, "#ticketNumber");
        waitUntil("the duplicate open", () -> onFx(number::getText).equals(duplicate.path("number").asText()));

        Node mergeTarget = find(robot, main, "#ticketMergeTarget");
        assertThat(onFx(() -> shown(mergeTarget))).as("folded until the agent asks for it").isFalse();
        Node toggle = find(robot, main, "#ticketMergeSplitToggle");
        Node subject = find(robot, main, "#ticketSubject");
        assertThat(onFx(() -> toggle.localToScene(toggle.getBoundsInLocal()).getMinY()))
                .as("below the ticket's number and subject").isGreaterThanOrEqualTo(onFx(() -> subject.localToScene(subject.getBoundsInLocal()).getMaxY()));
        robot.clickOn(toggle);
        waitUntil("unfolded", () -> onFx(() -> shown(mergeTarget)));
        robot.clickOn(mergeTarget).write(target.path("number").asText()).type(KeyCode.ENTER);
        waitUntil("asked first", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketTogetherConfirm").isVisible()));
        assertThat(rest.call("GET", "/api/v1/tickets/" + duplicate.path("id").asLong(), null).path("status").asText())
                .as("nothing happens before the agent confirms").isEqualTo("new");
        press("#ticketTogetherConfirmYes");

        waitUntil("the target open", () -> onFx(number::getText).equals(target.path("number").asText()));
        assertThat(rest.call("GET", "/api/v1/tickets/" + duplicate.path("id").asLong(), null).path("status").asText()).isEqualTo("closed");
        waitUntil("the copied reply in the target's thread", () -> onFx(() -> main.getScene().getRoot().lookupAll(".selectable-text").stream()
                .anyMatch(text -> text instanceof dev.switchboard.app.ui.SelectableText shown && shown.getText().equals("请稍候 please wait"))));
    }

    /** A ticket of the presales group assigned to Carol, the supervisor the workstation signs in as (in "Mine"; Alice sees it by the group). */
    private static JsonNode ticket(String subject, String email) throws Exception {
        return rest.call("POST", "/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"requester\":{\"email\":\"" + email + "\"},"
                + "\"groupId\":" + PRESALES + ",\"assigneeId\":" + carolId + "}");
    }

    private static AdminRest signedIn(String login) throws java.io.IOException {
        String token = new AdminRest(rest.http(), server.baseUrl(), null)
                .call("POST", "/api/v1/auth/login", "{\"login\":\"" + login + "\",\"password\":\"switchboard\"}").path("token").asText();
        return new AdminRest(rest.http(), server.baseUrl(), token);
    }

    private void open(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "carol", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Carol 陈静");
        robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
        waitUntil("the page open", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketsTable") != null));
    }

    private void press(String query) {
        Node button = find(robot, main, query);
        reveal(button);
        robot.clickOn(button);
    }

    private static List<String> subjects(TableView<Ticket> table) {
        return onFx(() -> table.getItems().stream().map(Ticket::subject).toList());
    }

    /**
     * Clicks a row where an agent does: on its first cell. The row's centre can lie beyond the table's
     * visible width (more columns than fit, scrolled sideways), where a click chooses nothing.
     */
    private void clickRow(String query) {
        robot.clickOn((Node) find(robot, (Node) find(robot, main, query), ".table-cell"));
    }

    /** Visible itself and inside every parent (a folded part hides its children without changing their own flag). */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
