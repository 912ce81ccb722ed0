package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.Gestures;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator arranges the wrap-up category tree in the workstation against a real backend:
 * adds, renames, moves and removes categories; a blank or duplicate name and a move into the
 * category's own child are refused next to their fields with what was typed kept; a save on a
 * stale version shows both versions. An agent's open wrap-up form follows every change at once.
 * Each test works on its own part of the demo tree (the backend is shared).
 */
class WrapUpCategoriesUiTest {

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
    void anAdministratorAddsRenamesMovesAndRemovesCategories(@TempDir Path home) throws Exception {
        openSection(home);
        long complaints = id("投诉 Complaints");
        choose(complaints);
        robot.clickOn((Node) find(robot, main, "#wrapUpCategoryNewChild"));
        waitUntil("a new category under 投诉", () -> onFx(() -> parentChoice() != null && parentChoice().id() == complaints));
        typeInto("#wrapUpCategoryName", "服务态度 Attitude");
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        waitUntil("the new category in the tree", () -> treeNames().contains("服务态度 Attitude"));
        JsonNode attitude = rest.find("/api/v1/wrap-up/categories", "name", "服务态度 Attitude");
        assertThat(attitude.path("parentId").asLong()).isEqualTo(complaints);

        waitUntil("the new category chosen", () -> onFx(() -> name().getText()).equals("服务态度 Attitude"));
        onFx(() -> {
            name().clear();
            return null;
        });
        typeInto("#wrapUpCategoryName", "态度 Attitude");
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        waitUntil("renamed", () -> treeNames().contains("态度 Attitude"));
        assertThat(rest.find("/api/v1/wrap-up/categories", "name", "态度 Attitude").path("version").asLong()).isEqualTo(2);

        long aftersales = id("售后 After-sales");
        long refunds = id("退款 Refunds");
        choose(refunds);
        robot.clickOn((Node) find(robot, main, "#wrapUpCategoryUp"));
        waitUntil("refunds moved up", () -> children(aftersales).equals(List.of("维修 Repairs", "退款 Refunds", "退换货 Returns")));
        waitUntil("the tree shows it", () -> treeNames().indexOf("退款 Refunds") < treeNames().indexOf("退换货 Returns"));

        waitUntil("refunds still chosen", () -> onFx(() -> name().getText()).equals("退款 Refunds"));
        onFx(() -> {
            parentCombo().setValue(parentCombo().getItems().stream().filter(c -> c != null && c.id() == complaints).findFirst().orElseThrow());
            return null;
        });
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        waitUntil("refunds under 投诉, last", () -> children(complaints).equals(List.of("态度 Attitude", "退款 Refunds")));

        choose(id("态度 Attitude"));
        robot.clickOn((Node) find(robot, main, "#wrapUpCategoryRemove"));
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#wrapUpCategoryConfirm")).isVisible()));
        assertThat(children(complaints)).as("nothing removed before the answer").contains("态度 Attitude");
        robot.clickOn((Node) find(robot, main, "#wrapUpCategoryConfirmYes"));
        waitUntil("removed (never used: deleted)", () -> children(complaints).equals(List.of("退款 Refunds")));
        waitUntil("gone from the tree", () -> !treeNames().contains("态度 Attitude"));
    }

    @Test
    void aBlankOrDuplicateNameAndAMoveIntoItsOwnChildAreRefusedWhereTheyAreWrong(@TempDir Path home) throws Exception {
        openSection(home);
        long presales = id("售前咨询 Pre-sales");
        choose(presales);
        robot.clickOn((Node) find(robot, main, "#wrapUpCategoryNewChild"));
        waitUntil("a new category under 售前", () -> onFx(() -> parentChoice() != null && parentChoice().id() == presales));
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        Label nameError = find(robot, main, "#nameError");
        waitUntil("a name asked for", () -> onFx(nameError::isVisible));
        assertThat((String) onFx(nameError::getText)).isEqualTo("1 to 60 characters, without \"/\"");

        typeInto("#wrapUpCategoryName", "产品咨询 product QUESTIONS");
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        waitUntil("the sibling's name refused", () -> onFx(nameError::getText).equals("Another category here has this name"));
        assertThat(onFx(() -> name().getText())).as("kept as typed").isEqualTo("产品咨询 product QUESTIONS");
        assertThat(children(presales)).as("nothing stored").containsExactly("产品咨询 Product questions", "价格与优惠 Prices and offers");

        long aftersales = id("售后 After-sales");
        long repairs = id("维修 Repairs");
        choose(aftersales);
        waitUntil("售后 in the form", () -> onFx(() -> name().getText()).equals("售后 After-sales"));
        onFx(() -> {
            parentCombo().setValue(parentCombo().getItems().stream().filter(c -> c != null && c.id() == repairs).findFirst().orElseThrow());
            return null;
        });
        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        Label parentError = find(robot, main, "#parentIdError");
        waitUntil("the move into its own child refused", () -> onFx(parentError::isVisible));
        assertThat((String) onFx(parentError::getText)).isEqualTo("A category cannot go into itself or a category below it");
        assertThat(onFx(() -> parentChoice().id())).as("the choice kept").isEqualTo(repairs);
        assertThat(rest.find("/api/v1/wrap-up/categories", "name", "售后 After-sales").path("parentId").isMissingNode()).as("nothing moved").isTrue();
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsAndAppliesMineAgainOnTop(@TempDir Path home) throws Exception {
        openSection(home);
        long other = id("其他 Other");
        choose(other);
        waitUntil("其他 in the form", () -> onFx(() -> name().getText()).equals("其他 Other"));
        onFx(() -> {
            name().clear();
            return null;
        });
        typeInto("#wrapUpCategoryName", "其他问题 Mine");
        JsonNode before = rest.find("/api/v1/wrap-up/categories", "name", "其他 Other");
        rest.call("PUT", "/api/v1/wrap-up/categories/" + other, "{\"name\":\"其它 Theirs\",\"version\":" + before.path("version").asLong() + "}");
        waitUntil("their change in the tree", () -> treeNames().contains("其它 Theirs"));
        assertThat(onFx(() -> name().getText())).as("what was typed stays").isEqualTo("其他问题 Mine");

        robot.clickOn((Node) find(robot, main, "#wrapUpCategorySave"));
        VBox stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        assertThat(textOf("#staleTheirs")).contains("Name: 其它 Theirs");
        assertThat(textOf("#staleYours")).contains("Name: 其他问题 Mine");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> rest.call("GET", "/api/v1/wrap-up/categories", null).findValuesAsText("name")
                .contains("其他问题 Mine"));
        assertThat(rest.find("/api/v1/wrap-up/categories", "name", "其他问题 Mine").path("version").asLong())
                .isEqualTo(before.path("version").asLong() + 2);
        waitUntil("the panes gone", () -> !onFx(stale::isVisible));
    }

    @Test
    void anAgentsOpenWrapUpFormShowsANewCategoryAtOnceAndLosesARemovedOne(@TempDir Path home) throws Exception {
        try (TestVisitor emma = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/help", "Help")) {
            workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
            Stage window = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
            Label load = find(robot, window, "#myWorkLoad");
            waitUntil("alice online", () -> onFx(load::getText).matches("0 / \\d+ chats"));
            emma.startChat(Map.of("name", "Emma", "question", TestVisitor.DEMO_QUESTION));
            emma.say("你好");
            waitUntil("alice holds emma's chat", () -> onFx(load::getText).matches("1 / \\d+ chats"));
            emma.endChat();
            VBox panel = find(robot, window, "#wrapUpPanel");
            waitUntil("the wrap-up form", () -> onFx(panel::isVisible));

            long added = rest.call("POST", "/api/v1/wrap-up/categories", "{\"name\":\"咨询建议 Suggestions\"}").path("id").asLong();
            waitUntil("the new category offered at once", () -> onFx(() -> window.getScene().getRoot().lookup("#wrapUpCategory-" + added) != null));
            rest.call("DELETE", "/api/v1/wrap-up/categories/" + added, null);
            waitUntil("the removed one no longer offered", () -> onFx(() -> window.getScene().getRoot().lookup("#wrapUpCategory-" + added) == null));
        }
    }

    private void openSection(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-wrapUpCategories") != null));
        Gestures.clickOn(robot, main, "#adminSection-wrapUpCategories");
        waitUntil("the tree read", () -> treeNames().contains("其他 Other") || treeNames().contains("其它 Theirs") || treeNames().size() > 5);
    }

    /** Chooses a category in the tree, as a click on its row does. */
    private void choose(long id) {
        Gestures.clickOn(robot, main, "#wrapUpAdminCategory-" + id);
        waitUntil("category " + id + " chosen", () -> onFx(() -> {
            TreeItem<WrapUpCategory> chosen = tree().getSelectionModel().getSelectedItem();
            return chosen != null && chosen.getValue().id() == id;
        }));
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

    private TreeView<WrapUpCategory> tree() {
        return find(robot, main, "#wrapUpCategoryTree");
    }

    private TextField name() {
        return find(robot, main, "#wrapUpCategoryName");
    }

    private ComboBox<WrapUpCategory> parentCombo() {
        return find(robot, main, "#wrapUpCategoryParent");
    }

    private WrapUpCategory parentChoice() {
        return parentCombo().getValue();
    }

    private List<String> treeNames() {
        return onFx(() -> {
            List<String> names = new java.util.ArrayList<>();
            for (int row = 0; row < tree().getExpandedItemCount(); row++) {
                TreeItem<WrapUpCategory> item = tree().getTreeItem(row);
                if (item != null && item.getValue() != null) {
                    names.add(item.getValue().name());
                }
            }
            return names;
        });
    }

    private static long id(String name) throws Exception {
        return rest.find("/api/v1/wrap-up/categories", "name", name).path("id").asLong();
    }

    private static List<String> children(long parentId) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode category : rest.call("GET", "/api/v1/wrap-up/categories", null)) {
            if (category.path("parentId").asLong(-1) == parentId) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }

    private String textOf(String query) {
        return onFx(() -> ((javafx.scene.control.TextInputControl) find(robot, main, query)).getText());
    }
}
