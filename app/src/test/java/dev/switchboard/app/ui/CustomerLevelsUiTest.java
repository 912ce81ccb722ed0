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
import dev.switchboard.shared.levels.CustomerLevel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * An administrator configures customer levels in the workstation against a real backend: a
 * priority out of range and a name another level has are refused next to their fields with
 * everything typed kept, the saved level is offered where rules pick a level, a stale save shows
 * both versions, and deleting asks first.
 */
class CustomerLevelsUiTest {

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
    void aLevelIsRefusedWhereItIsWrongThenSavedOfferedToRoutingRulesAndDeletedAfterAsking(@TempDir Path home) throws Exception {
        TableView<CustomerLevel> table = open(home);
        robot.clickOn((Node) find(robot, main, "#customerLevelNew"));
        typeInto("#levelName", "vip");
        replace("#levelPriority", "150");
        robot.clickOn((Node) find(robot, main, "#levelSave"));

        Label priority = find(robot, main, "#queuePriorityError");
        waitUntil("the priority refused under its field", () -> onFx(priority::isVisible));
        assertThat(onFx(priority::getText)).isEqualTo("A whole number from 0 to 100");
        assertThat(text("#levelPriority")).as("kept as typed").isEqualTo("150");

        replace("#levelPriority", "20");
        robot.clickOn((Node) find(robot, main, "#levelSave"));
        Label name = find(robot, main, "#nameError");
        waitUntil("the name refused as taken", () -> onFx(name::isVisible));
        assertThat(onFx(name::getText)).isEqualTo("Another level has this name (names are compared ignoring case)");
        assertThat(text("#levelName")).isEqualTo("vip");
        assertThat(onFx(priority::isVisible)).isFalse();
        assertThat(rest.call("GET", "/api/v1/customer-levels", null).findValuesAsText("name")).as("nothing stored").containsExactly("VIP");

        replace("#levelName", "金卡 Gold");
        typeInto("#levelColor", "#B8860B");
        typeInto("#levelDescription", "Gold card members");
        robot.clickOn((Node) find(robot, main, "#levelSave"));
        waitUntil("the level listed", () -> names(table).equals(List.of("VIP", "金卡 Gold")));
        JsonNode stored = rest.find("/api/v1/customer-levels", "name", "金卡 Gold");
        assertThat(stored.path("queuePriority").asInt()).isEqualTo(20);
        assertThat(stored.path("color").asText()).isEqualTo("#b8860b");
        assertThat(stored.path("description").asText()).isEqualTo("Gold card members");
        waitUntil("the errors gone", () -> !onFx(name::isVisible));

        robot.clickOn((Node) find(robot, main, "#adminSection-routingRules"));
        waitUntil("the routing rules open", () -> onFx(() -> main.getScene().getRoot().lookup("#ruleCustomerLevel") != null));
        ComboBox<String> ruleLevel = find(robot, main, "#ruleCustomerLevel");
        waitUntil("the configured levels offered to rules", () -> onFx(() -> List.copyOf(ruleLevel.getItems())).equals(List.of("VIP", "金卡 Gold")));

        robot.clickOn((Node) find(robot, main, "#adminSection-customerLevels"));
        waitUntil("the levels again", () -> onFx(() -> main.getScene().getRoot().lookup("#customerLevelsTable") != null));
        select(table, "金卡 Gold");
        robot.clickOn((Node) find(robot, main, "#customerLevelDelete"));
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#customerLevelConfirm")).isVisible()));
        assertThat(rest.call("GET", "/api/v1/customer-levels", null).findValuesAsText("name")).as("nothing deleted before the answer")
                .containsExactly("VIP", "金卡 Gold");
        robot.clickOn((Node) find(robot, main, "#customerLevelConfirmYes"));
        waitUntil("the level gone", () -> names(table).equals(List.of("VIP")));
        assertThat(rest.call("GET", "/api/v1/customer-levels", null).findValuesAsText("name")).containsExactly("VIP");
        JsonNode audit = rest.call("GET", "/api/v1/audit", null);
        assertThat(audit.findValuesAsText("action")).contains("customer-level.create", "customer-level.delete");
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsAndAppliesMineAgainOnTop(@TempDir Path home) throws Exception {
        TableView<CustomerLevel> table = open(home);
        select(table, "VIP");
        replace("#levelPriority", "15");
        JsonNode before = rest.find("/api/v1/customer-levels", "name", "VIP");
        rest.call("PUT", "/api/v1/customer-levels/" + before.path("id").asLong(), "{\"name\":\"VIP\",\"queuePriority\":30,\"description\":\"同事的修改 Theirs\","
                + "\"version\":" + before.path("version").asLong() + "}");
        waitUntil("their change listed", () -> onFx(() -> table.getItems().get(0).queuePriority()) == 30);
        assertThat(text("#levelPriority")).as("what was typed stays").isEqualTo("15");

        robot.clickOn((Node) find(robot, main, "#levelSave"));
        VBox stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        String theirs = onFx(() -> ((TextArea) find(robot, main, "#staleTheirs")).getText());
        String yours = onFx(() -> ((TextArea) find(robot, main, "#staleYours")).getText());
        assertThat(theirs).contains("Queue priority: 30", "同事的修改 Theirs");
        assertThat(yours).contains("Queue priority: 15");
        assertThat(text("#levelPriority")).isEqualTo("15");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> rest.find("/api/v1/customer-levels", "name", "VIP").path("queuePriority").asInt() == 15);
        JsonNode after = rest.find("/api/v1/customer-levels", "name", "VIP");
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong() + 2);
        waitUntil("the panes gone", () -> !onFx(stale::isVisible));
    }

    private TableView<CustomerLevel> open(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-customerLevels") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-customerLevels"));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup("#customerLevelsTable") != null));
        TableView<CustomerLevel> table = find(robot, main, "#customerLevelsTable");
        waitUntil("the levels listed", () -> names(table).contains("VIP"));
        return table;
    }

    private void select(TableView<CustomerLevel> table, String name) {
        long id = onFx(() -> table.getItems().stream().filter(level -> level.name().equals(name)).findFirst().orElseThrow().id());
        Gestures.clickOn(robot, main, "#customerLevel-" + id);
        waitUntil("the editor on " + name, () -> text("#levelName").equals(name));
    }

    /** Types into a field of the form, which may be scrolled out of sight: focused, then typed as a person would. */
    private void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    /** Empties a text field, then types into it. */
    private void replace(String query, String text) {
        TextField field = find(robot, main, query);
        onFx(() -> {
            field.clear();
            return null;
        });
        typeInto(query, text);
    }

    private String text(String query) {
        return onFx(() -> ((TextField) find(robot, main, query)).getText());
    }

    private static List<String> names(TableView<CustomerLevel> table) {
        return onFx(() -> table.getItems().stream().map(CustomerLevel::name).toList());
    }
}
