package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.app.visitors.VisitorRow;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.simulator.VisitorSimulator;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.Event;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Visitors page against a real backend with simulated visitors and visitor sockets of the test's own. */
class VisitorsUiTest {

    private static final String INVITE_TITLE = "Invite visitor to chat";
    private static final String BLOCK_TITLE = "Block visitor";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static VisitorSimulator simulator;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackendWithVisitors() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        URI backend = URI.create(server.baseUrl());
        // Ten times faster than people read, so pages change within seconds.
        simulator = new VisitorSimulator(new VisitorSimulator.Options(backend, backend.resolve("/demo/"), "default", 6, 10, 42));
        simulator.start();
    }

    @AfterAll
    static void stopBackend() {
        simulator.close();
        server.close();
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    private Stage openVisitorsPage(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        robot.clickOn((Node) find(robot, main, "#nav-VISITORS"));
        return main;
    }

    @Test
    void simulatedVisitorsAppearLiveAndTheirPageChangesShowWhileTheSelectionStays(@TempDir Path home) throws Exception {
        Stage main = openVisitorsPage(home);
        TableView<VisitorRow> table = find(robot, main, "#visitorsTable");
        waitUntil("simulated visitors in the table", () -> onFx(() -> table.getItems().size()) >= 3);

        Map<String, Integer> pagesBefore = onFx(() -> {
            Map<String, Integer> pages = new HashMap<>();
            table.getItems().forEach(row -> pages.put(row.id(), row.visitor().pagesViewed()));
            return pages;
        });
        // A simulated visitor still browsing: they move on within seconds (those who left do not). Rows
        // move while the robot clicks, so the click may select a neighbour who left or chats (seen in a
        // loaded CI run: no update came for them): click again until a browsing visitor is selected.
        VisitorRow[] selectedNow = {null};
        waitUntil("a browsing visitor selected", () -> {
            String candidate = onFx(() -> table.getItems().stream().filter(VisitorsUiTest::browsingTheShop).findFirst()
                    .map(VisitorRow::id).orElse(null));
            if (candidate == null) {
                return false;
            }
            robot.clickOn(rowOf(table, candidate));
            WaitForAsyncUtils.waitForFxEvents();
            selectedNow[0] = onFx(() -> table.getSelectionModel().getSelectedItem());
            return selectedNow[0] != null && browsingTheShop(selectedNow[0]);
        });
        VisitorRow picked = selectedNow[0];
        waitUntil("the details of the picked visitor", () -> onFx(() -> ((Label) find(robot, main, "#detailsTitle")).getText()
                .equals(rowOf(table.getItems(), picked.id()).pageTitle())));

        waitUntil("a visitor moving to another page", () -> onFx(() -> table.getItems().stream()
                .anyMatch(row -> row.visitor().pagesViewed() > pagesBefore.getOrDefault(row.id(), Integer.MAX_VALUE))));
        waitUntil("an update of the picked visitor (a new page, or leaving)", () -> onFx(() -> table.getItems().stream()
                .anyMatch(row -> row.id().equals(picked.id()) && row.visitor().version() > picked.visitor().version())));
        VisitorRow selected = onFx(() -> table.getSelectionModel().getSelectedItem());
        assertThat(selected.id()).as("the selection stays on the visitor").isEqualTo(picked.id());
        assertThat(selected.visitor().version()).as("showing their newest state").isGreaterThan(picked.visitor().version());
        assertThat(onFx(() -> ((Label) find(robot, main, "#visitorsSummary")).getText())).contains("online");
    }

    @Test
    void anInvitationFromTheToolbarReachesTheVisitor(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/ui-test/invite",
                "UI test invite page")) {
            Stage main = openVisitorsPage(home);
            TableView<VisitorRow> table = showOnly(main, "ui test invite", visitor.id());
            robot.clickOn(rowOf(table, visitor.id()));
            robot.clickOn((Node) find(robot, main, "#inviteButton"));

            Stage dialog = workstation.waitForWindow(INVITE_TITLE);
            TextArea message = find(robot, dialog, "#inviteMessage");
            assertThat(onFx(() -> message.getText())).isEqualTo("Hello! Can I help you with anything?");
            replaceText(message, "Looking for a purifier? I can help.");
            robot.clickOn((Node) find(robot, dialog, "#inviteSend"));

            waitUntil("the dialog closed", () -> !workstation.isShowing(INVITE_TITLE));
            assertThat(visitor.await(WidgetMessages.INVITATION).payload().path("message").asText())
                    .isEqualTo("Looking for a purifier? I can help.");
            AdminClient admin = AdminClient.signIn(server.baseUrl());
            assertThat(admin.get("/api/v1/visitors/" + visitor.id()).path("visitor").path("status").asText())
                    .isEqualTo("INVITED");
            waitUntil("the row shows the invitation", () -> statusOf(table, visitor.id()) == VisitorStatus.INVITED);
        }
    }

    @Test
    void aVisitorWhoLeftBeforeTheInvitationWasSentGivesTheServersReasonInTheDialog(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/ui-test/leaving",
                "UI test leaving page")) {
            Stage main = openVisitorsPage(home);
            TableView<VisitorRow> table = showOnly(main, "ui test leaving", visitor.id());
            robot.clickOn(rowOf(table, visitor.id()));
            robot.clickOn((Node) find(robot, main, "#detailsInviteButton"));
            Stage dialog = workstation.waitForWindow(INVITE_TITLE);

            visitor.leave();
            waitUntil("the visitor shown as left", () -> statusOf(table, visitor.id()) == VisitorStatus.LEFT);
            TextArea message = find(robot, dialog, "#inviteMessage");
            replaceText(message, "Still there?");
            robot.clickOn((Node) find(robot, dialog, "#inviteSend"));

            Label error = find(robot, dialog, "#inviteError");
            waitUntil("the server's reason", () -> onFx(error::isVisible));
            assertThat(onFx(error::getText)).isEqualTo("The server refused: the visitor has left");
            assertThat(onFx(() -> message.getText())).isEqualTo("Still there?");
            assertThat(workstation.isShowing(INVITE_TITLE)).isTrue();
            robot.clickOn((Node) find(robot, dialog, "#inviteCancel"));
            waitUntil("the dialog closed", () -> !workstation.isShowing(INVITE_TITLE));
        }
    }

    @Test
    void aBlockFromTheContextMenuBlocksTheVisitor(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/ui-test/block",
                "UI test block page")) {
            Stage main = openVisitorsPage(home);
            TableView<VisitorRow> table = showOnly(main, "ui test block", visitor.id());
            Node visitorRow = rowOf(table, visitor.id());
            robot.rightClickOn(visitorRow);
            requestContextMenu(visitorRow);
            robot.clickOn(contextMenuItem("Block…"));

            Stage dialog = workstation.waitForWindow(BLOCK_TITLE);
            assertThat(onFx(() -> find(robot, dialog, "#blockConfirm").isDisabled())).as("a reason is required").isTrue();
            replaceText(find(robot, dialog, "#blockReason"), "Spam links in every message");
            robot.clickOn((Node) find(robot, dialog, "#blockAddress"));
            robot.clickOn((Node) find(robot, dialog, "#blockConfirm"));

            waitUntil("the dialog closed", () -> !workstation.isShowing(BLOCK_TITLE));
            visitor.await(WidgetMessages.BLOCKED);
            assertThat(visitor.awaitClosed()).isEqualTo(WidgetMessages.CLOSE_BLOCKED);
            AdminClient admin = AdminClient.signIn(server.baseUrl());
            assertThat(admin.get("/api/v1/visitors/" + visitor.id()).path("visitor").path("blocked").asBoolean()).isTrue();
            waitUntil("the row marked blocked", () -> onFx(() -> table.getItems().stream()
                    .anyMatch(row -> row.id().equals(visitor.id()) && row.visitor().blocked())));
            assertThat(onFx(() -> find(robot, main, "#blockButton").isDisabled())).as("already blocked").isTrue();
        }
    }

    @Test
    void aVisitorInAChatShowsAsChattingIsCountedAndCannotBeInvited(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/ui-test/chatting",
                "UI test chatting page")) {
            Stage main = openVisitorsPage(home);
            TableView<VisitorRow> table = showOnly(main, "ui test chatting", visitor.id());
            robot.clickOn(rowOf(table, visitor.id()));
            waitUntil("the visitor selected", () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().id().equals(visitor.id())));
            assertThat(onFx(() -> find(robot, main, "#inviteButton").isDisabled())).as("a browsing visitor can be invited").isFalse();
            waitUntil("the visitor's address in the details", () -> "127.0.0.1".equals(detailsFact(main, "IP address")));

            visitor.startChat(Map.of("name", "Chatting visitor", "question", TestVisitor.DEMO_QUESTION));

            waitUntil("the row shows the chat", () -> statusOf(table, visitor.id()) == VisitorStatus.CHATTING);
            waitUntil("the status cell says so", () -> onFx(() -> robot.from(rowOf(table, visitor.id())).lookup(".visitor-status-cell")
                    .queryAll().stream().anyMatch(cell -> cell.lookup(".cell-value") instanceof Text text
                            && text.getText().equals("Chatting"))));
            waitUntil("the header counts the chat", () -> chattingCount(onFx(() -> ((Label) find(robot, main, "#visitorsSummary")).getText())) >= 1);
            assertThat(onFx(() -> find(robot, main, "#inviteButton").isDisabled())).as("invite in the toolbar").isTrue();
            assertThat(onFx(() -> find(robot, main, "#detailsInviteButton").isDisabled())).as("invite in the details").isTrue();

            // the chat came to Alice: its alert lies over the table's rows, clear of every button of the page
            List<String> covered = new ArrayList<>();
            waitUntil("the alert about the new chat, laid out", () -> onFx(() -> {
                Optional<Node> card = robot.from(main.getScene().getRoot()).lookup(".alert-card").tryQuery();
                if (card.isEmpty() || card.get().getLayoutBounds().getWidth() == 0) {
                    return false;
                }
                Bounds shown = visibleInScene(card.get());
                for (String button : List.of("#inviteButton", "#blockButton", "#detailsInviteButton", "#detailsBlockButton",
                        ".column-header-background")) {
                    Node node = find(robot, main, button);
                    if (shown != null && shown.intersects(node.localToScene(node.getLayoutBounds()))) {
                        covered.add(button);
                    }
                }
                return true;
            }));
            assertThat(covered).as("controls under the alert").isEmpty();
        }
    }

    /** Where a node shows in the scene, within the clips of its parents; null when it is clipped away. */
    private static Bounds visibleInScene(Node node) {
        Bounds shown = node.localToScene(node.getLayoutBounds());
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getClip() != null) {
                Bounds clip = parent.localToScene(parent.getClip().getBoundsInParent());
                double minX = Math.max(shown.getMinX(), clip.getMinX());
                double minY = Math.max(shown.getMinY(), clip.getMinY());
                double maxX = Math.min(shown.getMaxX(), clip.getMaxX());
                double maxY = Math.min(shown.getMaxY(), clip.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                shown = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return shown;
    }

    /** The value next to a caption in the details' facts, or null. */
    private String detailsFact(Stage main, String caption) {
        return onFx(() -> {
            List<Node> cells = ((GridPane) find(robot, main, "#visitorFacts")).getChildren();
            for (int i = 0; i + 1 < cells.size(); i += 2) {
                if (cells.get(i) instanceof Label name && caption.equals(name.getText()) && cells.get(i + 1) instanceof Label value) {
                    return value.getText();
                }
            }
            return null;
        });
    }

    /** The number before "chatting" in the page's summary, e.g. "6 online · 0 invited · 1 chatting · 2 left". */
    private static int chattingCount(String summary) {
        Matcher count = Pattern.compile("(\\d+) chatting").matcher(summary);
        return count.find() ? Integer.parseInt(count.group(1)) : -1;
    }

    /** Filters the table through the search box down to one visitor. */
    private TableView<VisitorRow> showOnly(Stage main, String search, String visitorId) {
        TableView<VisitorRow> table = find(robot, main, "#visitorsTable");
        TextField field = find(robot, main, "#visitorSearch");
        robot.clickOn(field).write(search);
        waitUntil("only the test visitor shown", () -> onFx(() -> table.getItems().size() == 1
                && table.getItems().get(0).id().equals(visitorId)));
        return table;
    }

    private void replaceText(TextArea area, String text) {
        onFx(() -> {
            area.clear();
            return null;
        });
        robot.clickOn(area).write(text);
    }

    private Node rowOf(TableView<VisitorRow> table, String visitorId) {
        // as a person would, scroll the row into view first: the table keeps cells outside its
        // visible area too, and a click at their place would miss the window
        onFx(() -> {
            table.getItems().stream().filter(row -> row.id().equals(visitorId)).findFirst().ifPresent(table::scrollTo);
            return null;
        });
        waitUntil("the row of " + visitorId + " drawn", () -> findRow(table, visitorId).filter(row -> onFx(() -> isShown(table, row))).isPresent());
        return findRow(table, visitorId).orElseThrow();
    }

    /** True when the row lies inside the table's visible area. */
    private static boolean isShown(TableView<VisitorRow> table, Node row) {
        var rowBounds = row.localToScene(row.getBoundsInLocal());
        var tableBounds = table.localToScene(table.getBoundsInLocal());
        return rowBounds.getHeight() > 0 && tableBounds.contains(rowBounds.getCenterX(), rowBounds.getCenterY());
    }

    private Optional<Node> findRow(TableView<VisitorRow> table, String visitorId) {
        return onFx(() -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getItem() instanceof VisitorRow item
                        && item.id().equals(visitorId))
                .findFirst());
    }

    /**
     * Monocle does not turn a right click into a context menu request as desktop platforms do:
     * ask on the row the way the platform would.
     */
    private static void requestContextMenu(Node row) {
        onFx(() -> {
            Bounds bounds = row.localToScreen(row.getBoundsInLocal());
            Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10,
                    bounds.getMinX() + 20, bounds.getMinY() + 10, false, null));
            return null;
        });
    }

    private Node contextMenuItem(String text) {
        waitUntil("the context menu", () -> onFx(() -> robot.lookup(".context-menu .menu-item").queryAll().stream()
                .anyMatch(node -> node.isVisible() && text.equals(labelOf(node)))));
        return onFx(() -> robot.lookup(".context-menu .menu-item").queryAll().stream()
                .filter(node -> node.isVisible() && text.equals(labelOf(node))).findFirst().orElseThrow());
    }

    private static String labelOf(Node menuItem) {
        return menuItem.lookup(".label") instanceof Label label ? label.getText() : null;
    }

    private static VisitorRow rowOf(List<VisitorRow> rows, String visitorId) {
        return rows.stream().filter(row -> row.id().equals(visitorId)).findFirst().orElseThrow();
    }

    private static VisitorStatus statusOf(TableView<VisitorRow> table, String visitorId) {
        return onFx(() -> table.getItems().stream().filter(row -> row.id().equals(visitorId)).findFirst()
                .map(VisitorRow::status).orElse(null));
    }

    private static boolean browsingTheShop(VisitorRow row) {
        return row.status() == VisitorStatus.BROWSING && row.visitor().currentUrl().contains("/demo/");
    }
}
