package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Tickets page against a real backend: the queue lists tickets and follows changes made over
 * REST; a new ticket refused where it is wrong, then made; a status change and a reply; a save made
 * from an old version shows both versions and applies the agent's again on request.
 */
class TicketsUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private static long adminId;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;
    private Stage main;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        rest = AdminRest.signIn(server.baseUrl());
        adminId = rest.call("GET", "/api/v1/auth/me", null).path("id").asLong();
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
    void theQueueListsMyTicketsAndFollowsChangesMadeElsewhere(@TempDir Path home) throws Exception {
        JsonNode printer = ticket("打印机卡纸 printer jams", "li@example.cn");
        JsonNode refund = ticket("退款未到账 refund missing", "wang@example.cn");
        open(home);
        TableView<Ticket> table = find(robot, main, "#ticketsTable");
        waitUntil("both tickets listed", () -> subjects(table).containsAll(List.of("打印机卡纸 printer jams", "退款未到账 refund missing")));

        rest.call("PATCH", "/api/v1/tickets/" + printer.path("id").asLong(), "{\"version\":1,\"subject\":\"打印机卡纸 (二楼) printer jams\"}");
        waitUntil("the new subject shown", () -> subjects(table).contains("打印机卡纸 (二楼) printer jams"));
        rest.call("PATCH", "/api/v1/tickets/" + refund.path("id").asLong(), "{\"version\":1,\"status\":\"solved\"}");
        waitUntil("the solved ticket gone from the open queue", () -> !subjects(table).contains("退款未到账 refund missing"));
        ticket("发票抬头 invoice title", "zhao@example.cn");
        waitUntil("a ticket made elsewhere listed", () -> subjects(table).contains("发票抬头 invoice title"));

        robot.clickOn((Node) find(robot, main, "#ticketSearch")).write("invoice");
        waitUntil("the search narrows the list", () -> subjects(table).equals(List.of("发票抬头 invoice title")));
    }

    @Test
    void aHeaderClickSortsTheListAndASearchKeepsThatOrder(@TempDir Path home) throws Exception {
        ticket("排序 sortcheck b 乙", "b@example.cn");
        ticket("排序 sortcheck c 丙", "c@example.cn");
        ticket("排序 sortcheck a 甲", "a@example.cn");
        open(home);
        TableView<Ticket> table = find(robot, main, "#ticketsTable");
        waitUntil("the three listed", () -> ours(table).size() == 3);

        Node subjectHeader = onFx(() -> table.lookupAll(".column-header").stream()
                .filter(header -> header instanceof TableColumnHeader column && column.getTableColumn() != null
                        && "Subject".equals(column.getTableColumn().getText()))
                .findFirst().orElseThrow());
        robot.clickOn(subjectHeader);
        waitUntil("sorted by subject, A to Z", () -> ours(table).equals(List.of("排序 sortcheck a 甲", "排序 sortcheck b 乙", "排序 sortcheck c 丙")));
        robot.clickOn(subjectHeader);
        waitUntil("sorted by subject, Z to A", () -> ours(table).equals(List.of("排序 sortcheck c 丙", "排序 sortcheck b 乙", "排序 sortcheck a 甲")));
        assertThat(onFx(() -> table.getSortOrder().size() == 1 && "Subject".equals(table.getSortOrder().get(0).getText())
                && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING)).as("the arrow on the subject, down").isTrue();
        robot.clickOn(subjectHeader);
        waitUntil("a third click turns it back to A to Z", () -> ours(table).equals(List.of("排序 sortcheck a 甲", "排序 sortcheck b 乙",
                "排序 sortcheck c 丙")));
        robot.clickOn(subjectHeader);
        waitUntil("Z to A again", () -> ours(table).equals(List.of("排序 sortcheck c 丙", "排序 sortcheck b 乙", "排序 sortcheck a 甲")));
        assertThat(onFx(() -> table.getSortOrder().size() == 1 && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING))
                .as("the arrow follows").isTrue();

        String chosen = onFx(() -> table.getItems().stream().filter(ticket -> ticket.subject().endsWith("b 乙")).findFirst().orElseThrow().number());
        robot.clickOn((Node) find(robot, (Node) find(robot, main, "#ticketRow-" + chosen), ".table-cell"));
        waitUntil("the ticket open", () -> onFx(() -> ((Label) find(robot, main, "#ticketNumber")).getText()).equals(chosen));

        robot.clickOn((Node) find(robot, main, "#ticketSearch")).write("SORTCHECK");
        waitUntil("only the three, still Z to A", () -> subjects(table).equals(List.of("排序 sortcheck c 丙", "排序 sortcheck b 乙",
                "排序 sortcheck a 甲")));
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem().number())).as("the row chosen stays chosen").isEqualTo(chosen);
    }

    @Test
    void aNewTicketIsRefusedWhereItIsWrongThenMade(@TempDir Path home) throws Exception {
        open(home);
        robot.clickOn((Node) find(robot, main, "#ticketNew"));
        waitUntil("the form open", () -> onFx(() -> main.getScene().getRoot().lookup("#newTicketCreate") != null));
        robot.clickOn((Node) find(robot, main, "#newTicketDescription")).write("客户来电：网银转账失败。");
        press("#newTicketCreate");
        Label subject = find(robot, main, "#subjectError");
        Label contact = find(robot, main, "#requesterError");
        waitUntil("the refusals under their fields", () -> onFx(subject::isVisible) && onFx(contact::isVisible));
        assertThat(onFx(subject::getText)).isEqualTo("A subject of 1 to 200 characters");
        assertThat(onFx(contact::getText)).isEqualTo("An e-mail address or a phone number");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#newTicketDescription")).getText())).as("kept as typed")
                .isEqualTo("客户来电：网银转账失败。");

        robot.clickOn((Node) find(robot, main, "#newTicketSubject")).write("转账失败 transfer failed");
        robot.clickOn((Node) find(robot, main, "#newTicketName")).write("陈先生");
        robot.clickOn((Node) find(robot, main, "#newTicketPhone")).write("138 0013 8000");
        press("#newTicketCreate");

        waitUntil("the new ticket open", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketNumber") instanceof Label shown
                && shown.isVisible() && shown.getText().startsWith("T-")));
        Label number = find(robot, main, "#ticketNumber");
        JsonNode stored = rest.call("GET", "/api/v1/tickets?text=" + onFx(number::getText), null).path("tickets").get(0);
        assertThat(stored.path("subject").asText()).isEqualTo("转账失败 transfer failed");
        assertThat(stored.path("description").asText()).isEqualTo("客户来电：网银转账失败。");
        assertThat(stored.path("requester").path("name").asText()).isEqualTo("陈先生");
        assertThat(stored.path("requester").path("phone").asText()).as("stored without spaces").isEqualTo("13800138000");
        assertThat(stored.path("channel").asText()).isEqualTo("PHONE");
    }

    @Test
    void anAgentChangesTheStatusAndReplies(@TempDir Path home) throws Exception {
        JsonNode made = ticket("登录失败 cannot sign in", "sun@example.cn");
        long id = made.path("id").asLong();
        openTicket(home, made.path("number").asText());

        ComboBox<String> status = find(robot, main, "#ticketStatus");
        waitUntil("the moves offered", () -> onFx(() -> status.getItems().contains("open") && !status.getItems().contains("closed")));
        onFx(() -> {
            status.setValue("open");
            return null;
        });
        press("#ticketSave");
        waitUntil("the status stored", () -> rest.call("GET", "/api/v1/tickets/" + id, null).path("status").asText().equals("open"));
        waitUntil("the history shows the change", () -> onFx(() -> ((javafx.scene.control.ListView<?>) find(robot, main, "#ticketHistory"))
                .getItems().size()) >= 2);

        robot.clickOn((Node) find(robot, main, "#ticketReply")).write("您好，请清除浏览器缓存后再试 <b>一次</b>。");
        press("#ticketSendReply");
        waitUntil("the reply stored", () -> rest.call("GET", "/api/v1/tickets/" + id + "/comments", null).size() == 1);
        JsonNode reply = rest.call("GET", "/api/v1/tickets/" + id + "/comments", null).get(0);
        assertThat(reply.path("kind").asText()).isEqualTo("PUBLIC_REPLY");
        assertThat(reply.path("body").asText()).isEqualTo("您好，请清除浏览器缓存后再试 <b>一次</b>。");
        String entry = "#ticketComment-" + reply.path("id").asLong();
        waitUntil("the reply in the thread", () -> onFx(() -> main.getScene().getRoot().lookup(entry) != null));
        SelectableText body = find(robot, (Node) find(robot, main, entry), ".selectable-text");
        assertThat(onFx(body::getText)).as("shown as text, not markup").isEqualTo("您好，请清除浏览器缓存后再试 <b>一次</b>。");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#ticketReply")).getText())).as("the box empty again").isEmpty();

        rest.call("POST", "/api/v1/tickets/" + id + "/comments", "{\"kind\":\"INTERNAL_NOTE\",\"body\":\"同事备注 colleague's note\"}");
        waitUntil("a note made elsewhere joins the thread", () -> onFx(() -> main.getScene().getRoot().lookupAll(".ticket-note").size()) == 1);
    }

    @Test
    void aSaveFromAnOldVersionShowsBothAndAppliesMineAgainOnRequest(@TempDir Path home) throws Exception {
        JsonNode made = ticket("屏幕闪烁 screen flickers", "zhou@example.cn");
        long id = made.path("id").asLong();
        openTicket(home, made.path("number").asText());
        ComboBox<TicketPriority> priority = find(robot, main, "#ticketPriority");
        waitUntil("the ticket shown", () -> onFx(priority::getValue) == TicketPriority.NORMAL);
        onFx(() -> {
            priority.setValue(TicketPriority.HIGH);
            return null;
        });
        rest.call("PATCH", "/api/v1/tickets/" + id, "{\"version\":1,\"priority\":\"URGENT\"}");
        press("#ticketSave");

        waitUntil("both versions shown", () -> onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible()));
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleTheirs")).getText())).isEqualTo("Priority: Urgent");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleYours")).getText())).isEqualTo("Priority: High");
        assertThat(onFx(priority::getValue)).as("what the agent chose stays").isEqualTo(TicketPriority.HIGH);
        assertThat(rest.call("GET", "/api/v1/tickets/" + id, null).path("priority").asText()).isEqualTo("URGENT");

        press("#staleReapply");
        waitUntil("mine applied on top of theirs", () -> rest.call("GET", "/api/v1/tickets/" + id, null).path("priority").asText().equals("HIGH"));
        waitUntil("the stale pane gone", () -> !onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible()));
        assertThat(rest.call("GET", "/api/v1/tickets/" + id, null).path("version").asLong()).isEqualTo(3);
    }

    @Test
    void createTicketInAChatTabMakesTheTicketFromTheChatAndOpensIt(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
            main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            waitUntil("connected", () -> onFx(() -> ((Label) find(robot, main, "#connectionIndicator")).getText()).equals("Connected"));
            robot.clickOn((Node) find(robot, main, "#nav-CHATS"));
            long chat = visitor.startChat(Map.of("name", "李雷", "question", TestVisitor.DEMO_QUESTION));
            visitor.say("净化器滤网多久换一次？ How often do I change the filter?");
            TabPane tabs = find(robot, main, "#chatTabs");
            waitUntil("the chat's tab", () -> onFx(() -> tabs.getTabs().stream().anyMatch(tab -> ("chatTab-" + chat).equals(tab.getId()))));
            Node tab = onFx(() -> tabs.getTabs().stream().filter(t -> ("chatTab-" + chat).equals(t.getId())).findFirst().orElseThrow()
                    .getContent());
            robot.clickOn((Node) find(robot, tab, "#chatCreateTicket"));

            waitUntil("the ticket open on the Tickets page", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketNumber") instanceof Label shown
                    && shown.isVisible() && shown.getText().startsWith("T-")));
            String number = onFx(() -> ((Label) find(robot, main, "#ticketNumber")).getText());
            JsonNode stored = rest.call("GET", "/api/v1/tickets?text=" + number, null).path("tickets").get(0);
            assertThat(stored.path("conversationId").asLong()).isEqualTo(chat);
            assertThat(stored.path("channel").asText()).isEqualTo("CHAT");
            assertThat(stored.path("requester").path("name").asText()).isEqualTo("李雷");
            assertThat(onFx(() -> ((Label) find(robot, main, "#ticketSubject")).getText()))
                    .isEqualTo(stored.path("subject").asText()).contains("净化器滤网");
        }
    }

    /** A ticket made over REST, assigned to the administrator the workstation signs in as (so it is in "Mine"). */
    private static JsonNode ticket(String subject, String email) throws Exception {
        return rest.call("POST", "/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"requester\":{\"email\":\"" + email + "\"},"
                + "\"assigneeId\":" + adminId + "}");
    }

    private void open(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
        waitUntil("the page open", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketsTable") != null));
    }

    private void openTicket(Path home, String number) throws Exception {
        open(home);
        waitUntil("the ticket listed", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketRow-" + number) != null));
        // its first cell (the number): the row is wider than the half of the page the list has, its middle out of sight
        robot.clickOn((Node) find(robot, (Node) find(robot, main, "#ticketRow-" + number), ".table-cell"));
        Label shown = find(robot, main, "#ticketNumber");
        waitUntil("the ticket open", () -> onFx(shown::getText).equals(number));
    }

    /** Clicks a button that may be scrolled out of sight, as an agent would after scrolling to it. */
    private void press(String query) {
        Node button = find(robot, main, query);
        reveal(button);
        robot.clickOn(button);
    }

    private static List<String> ours(TableView<Ticket> table) {
        return subjects(table).stream().filter(subject -> subject.contains("sortcheck")).toList();
    }

    private static List<String> subjects(TableView<Ticket> table) {
        return onFx(() -> table.getItems().stream().map(Ticket::subject).toList());
    }
}
