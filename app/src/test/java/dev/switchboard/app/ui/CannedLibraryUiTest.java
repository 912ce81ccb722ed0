package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.Gestures;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.CannedReply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator keeps a group's canned replies in the library against a real backend (a group
 * the administrator is not in): writes, finds, moves and deletes a reply; a bad shortcut, a blank
 * title and a shortcut the group has already are refused next to their fields with what was typed
 * kept; a save on a stale version shows both versions; the import button opens Import / export.
 */
class CannedLibraryUiTest {

    private static final String PRESALES = "售前 Pre-sales";
    private static final String AFTERSALES = "售后 After-sales";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;
    private Stage main;

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
    void anAdministratorWritesFindsMovesAndDeletesAGroupsReply(@TempDir Path home) throws Exception {
        openLibrary(home, PRESALES);
        robot.clickOn((Node) find(robot, main, "#cannedLibraryNew"));
        typeInto("#cannedLibraryShortcut", "hours");
        typeInto("#cannedLibraryTitle", "营业时间 Hours");
        typeInto("#cannedLibraryCategory", "营业 Opening");
        typeInto("#cannedLibraryBody", "我们的在线客服时间是 9:00–21:00。");
        robot.clickOn((Node) find(robot, main, "#cannedLibrarySave"));
        waitUntil("the reply listed", () -> shortcuts().contains("hours"));
        JsonNode hours = rest.find("/api/v1/canned-replies/library", "shortcut", "hours");
        long presales = rest.group(PRESALES).id();
        assertThat(hours.path("groupId").asLong()).isEqualTo(presales);
        assertThat(hours.path("category").asText()).isEqualTo("营业 Opening");
        assertThat(order(presales)).as("new replies go last").endsWith("hours");

        ListView<String> folders = find(robot, main, "#cannedLibraryFolders");
        waitUntil("its folder listed", () -> onFx(() -> folders.getItems().contains("营业 Opening")));
        onFx(() -> {
            folders.getSelectionModel().select("营业 Opening");
            return null;
        });
        waitUntil("only that folder's replies", () -> shortcuts().equals(List.of("hours")));
        onFx(() -> {
            folders.getSelectionModel().select(0);
            return null;
        });
        typeInto("#cannedLibrarySearch", "库存");
        waitUntil("found by its title", () -> shortcuts().equals(List.of("stock")));
        onFx(() -> {
            ((TextField) find(robot, main, "#cannedLibrarySearch")).clear();
            return null;
        });
        waitUntil("every reply again", () -> shortcuts().size() >= 4);

        Gestures.clickOn(robot, main, "#cannedLibraryReply-" + hours.path("id").asLong());
        waitUntil("the reply in the form", () -> textOf("#cannedLibraryShortcut").equals("hours"));
        robot.clickOn((Node) find(robot, main, "#cannedLibraryUp"));
        waitUntil("moved up in the group's order", () -> {
            List<String> order = order(presales);
            return order.indexOf("hours") == order.size() - 2;
        });

        robot.clickOn((Node) find(robot, main, "#cannedLibraryDelete"));
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#cannedLibraryConfirm")).isVisible()));
        assertThat(order(presales)).as("nothing deleted before the answer").contains("hours");
        robot.clickOn((Node) find(robot, main, "#cannedLibraryConfirmYes"));
        waitUntil("deleted", () -> !order(presales).contains("hours"));
        waitUntil("gone from the list", () -> !shortcuts().contains("hours"));
    }

    @Test
    void badFieldsAndATakenShortcutAreRefusedWhereTheyAreWrong(@TempDir Path home) throws Exception {
        openLibrary(home, AFTERSALES);
        robot.clickOn((Node) find(robot, main, "#cannedLibraryNew"));
        typeInto("#cannedLibraryShortcut", "退 款");
        typeInto("#cannedLibraryBody", "退款三个工作日到账。");
        robot.clickOn((Node) find(robot, main, "#cannedLibrarySave"));
        Label shortcutError = find(robot, main, "#shortcutError");
        Label titleError = find(robot, main, "#titleError");
        waitUntil("refused next to the fields", () -> onFx(shortcutError::isVisible) && onFx(titleError::isVisible));
        assertThat((String) onFx(shortcutError::getText)).isEqualTo("1 to 40 letters, digits, _ or -");
        assertThat((String) onFx(titleError::getText)).isEqualTo("1 to 100 characters");
        assertThat(textOf("#cannedLibraryShortcut")).as("kept as typed").isEqualTo("退 款");

        onFx(() -> {
            ((TextField) find(robot, main, "#cannedLibraryShortcut")).clear();
            return null;
        });
        typeInto("#cannedLibraryShortcut", "tuikuan");
        typeInto("#cannedLibraryTitle", "退款 again");
        robot.clickOn((Node) find(robot, main, "#cannedLibrarySave"));
        waitUntil("the group's shortcut refused", () -> onFx(shortcutError::getText).equals("Another reply of this group has this shortcut"));
        assertThat(onFx(titleError::isVisible)).isFalse();
        String body = textOf("#cannedLibraryBody");
        assertThat(body).isEqualTo("退款三个工作日到账。");
        assertThat(rest.call("GET", "/api/v1/canned-replies/library", null).findValuesAsText("title")).as("nothing stored")
                .doesNotContain("退款 again");
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsAndAppliesMineAgainOnTop(@TempDir Path home) throws Exception {
        openLibrary(home, AFTERSALES);
        JsonNode before = rest.find("/api/v1/canned-replies/library", "shortcut", "wuliu");
        Gestures.clickOn(robot, main, "#cannedLibraryReply-" + before.path("id").asLong());
        TextField title = find(robot, main, "#cannedLibraryTitle");
        waitUntil("the reply in the form", () -> onFx(title::getText).equals(before.path("title").asText()));
        onFx(() -> {
            title.clear();
            return null;
        });
        typeInto("#cannedLibraryTitle", "物流 Mine");
        rest.call("PUT", "/api/v1/canned-replies/" + before.path("id").asLong(), "{\"shortcut\":\"wuliu\",\"title\":\"物流 Theirs\",\"body\":\""
                + before.path("body").asText() + "\",\"version\":" + before.path("version").asLong() + "}");

        robot.clickOn((Node) find(robot, main, "#cannedLibrarySave"));
        VBox stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        assertThat(textOf("#staleTheirs")).contains("物流 Theirs");
        assertThat(textOf("#staleYours")).contains("物流 Mine");
        assertThat((String) onFx(title::getText)).as("what was typed stays").isEqualTo("物流 Mine");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> rest.find("/api/v1/canned-replies/library", "shortcut", "wuliu").path("title").asText()
                .equals("物流 Mine"));
        assertThat(rest.find("/api/v1/canned-replies/library", "shortcut", "wuliu").path("version").asLong())
                .isEqualTo(before.path("version").asLong() + 2);
        waitUntil("the panes gone", () -> !onFx(stale::isVisible));
    }

    @Test
    void theImportButtonOpensImportAndExport(@TempDir Path home) throws Exception {
        openLibrary(home, PRESALES);
        robot.clickOn((Node) find(robot, main, "#cannedLibraryImport"));
        ListView<Object> sections = find(robot, main, "#adminSections");
        waitUntil("the import section open", () -> onFx(() -> sections.getSelectionModel().getSelectedItem() != null
                && sections.getSelectionModel().getSelectedItem().toString().contains("imports")));
    }

    private void openLibrary(Path home, String groupName) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-cannedLibrary") != null));
        Gestures.clickOn(robot, main, "#adminSection-cannedLibrary");
        ComboBox<Group> group = find(robot, main, "#cannedLibraryGroup");
        waitUntil("the groups listed", () -> onFx(() -> group.getItems().stream().anyMatch(g -> g.name().equals(groupName))));
        onFx(() -> {
            group.setValue(group.getItems().stream().filter(g -> g.name().equals(groupName)).findFirst().orElseThrow());
            return null;
        });
        waitUntil("the group's replies listed", () -> !shortcuts().isEmpty());
    }

    private void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    private List<String> shortcuts() {
        TableView<CannedReply> table = find(robot, main, "#cannedLibraryTable");
        return onFx(() -> table.getItems().stream().map(CannedReply::shortcut).toList());
    }

    private static List<String> order(long groupId) throws Exception {
        List<String> shortcuts = new ArrayList<>();
        for (JsonNode reply : rest.call("GET", "/api/v1/canned-replies/library", null)) {
            if (reply.path("groupId").asLong() == groupId) {
                shortcuts.add(reply.path("shortcut").asText());
            }
        }
        return shortcuts;
    }

    private String textOf(String query) {
        return onFx(() -> ((javafx.scene.control.TextInputControl) find(robot, main, query)).getText());
    }
}
