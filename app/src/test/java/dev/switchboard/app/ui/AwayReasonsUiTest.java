package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.AwayReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator adds, orders, stops offering and deletes an away reason in the workstation
 * against a real backend, and their own status menu follows each change at once; names that are
 * blank or taken are refused next to their fields, and a reason changed meanwhile shows both versions.
 */
class AwayReasonsUiTest {

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
    void aReasonIsAddedMovedStoppedAndDeletedAndTheStatusMenuFollows(@TempDir Path home) throws Exception {
        open(home);
        TableView<AwayReason> table = find(robot, main, "#awayReasonsTable");
        waitUntil("the demo's reasons listed", () -> namesZh(table).equals(List.of("小休", "用餐", "培训", "会议")));

        robot.clickOn((Node) find(robot, main, "#awayReasonNew"));
        typeInto("#awayReasonName", "Coaching");
        typeInto("#awayReasonNameZh", "辅导");
        robot.clickOn((Node) find(robot, main, "#awayReasonSave"));

        waitUntil("the reason listed last", () -> namesZh(table).equals(List.of("小休", "用餐", "培训", "会议", "辅导")));
        JsonNode stored = rest.find("/api/v1/away-reasons", "name", "Coaching");
        assertThat(stored.path("nameZh").asText()).isEqualTo("辅导");
        assertThat(stored.path("enabled").asBoolean()).isTrue();
        long id = stored.path("id").asLong();
        waitUntil("offered in the status menu at once", () -> statusChoices().contains("Away · Coaching"));

        waitUntil("the new reason chosen", () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == id));
        robot.clickOn((Node) find(robot, main, "#awayReasonUp"));
        waitUntil("moved before the meeting", () -> namesZh(table).equals(List.of("小休", "用餐", "培训", "辅导", "会议")));
        waitUntil("stored in that order", () -> namesZhOnServer().equals(List.of("小休", "用餐", "培训", "辅导", "会议")));
        waitUntil("the status menu in that order too", () -> {
            List<String> choices = statusChoices();
            return choices.indexOf("Away · Coaching") >= 0 && choices.indexOf("Away · Coaching") < choices.indexOf("Away · Meeting");
        });

        robot.clickOn((Node) find(robot, main, "#awayReasonToggle"));
        waitUntil("no longer offered", () -> !rest.find("/api/v1/away-reasons", "name", "Coaching").path("enabled").asBoolean());
        waitUntil("gone from the administrator's own status menu", () -> !statusChoices().contains("Away · Coaching"));
        assertThat(namesZh(table)).as("still listed here, as off").contains("辅导");

        robot.clickOn((Node) find(robot, main, "#awayReasonDelete"));
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#awayReasonConfirm")).isVisible()));
        assertThat(namesZhOnServer()).as("nothing deleted before the answer").contains("辅导");
        robot.clickOn((Node) find(robot, main, "#awayReasonConfirmYes"));
        waitUntil("deleted", () -> !namesZh(table).contains("辅导"));
        assertThat(namesZhOnServer()).doesNotContain("辅导");
    }

    @Test
    void blankAndTakenNamesAreRefusedNextToTheirFieldsAndAStaleSaveShowsBothVersions(@TempDir Path home) throws Exception {
        open(home);
        TableView<AwayReason> table = find(robot, main, "#awayReasonsTable");
        waitUntil("the reasons listed", () -> namesZh(table).contains("培训"));
        int before = namesZhOnServer().size();

        robot.clickOn((Node) find(robot, main, "#awayReasonNew"));
        typeInto("#awayReasonName", "Meal");
        robot.clickOn((Node) find(robot, main, "#awayReasonSave"));
        Label chineseError = find(robot, main, "#nameZhError");
        waitUntil("the Chinese name asked for", () -> onFx(chineseError::isVisible));
        assertThat(onFx(chineseError::getText)).isEqualTo("1 to 60 characters");

        typeInto("#awayReasonNameZh", "吃饭");
        robot.clickOn((Node) find(robot, main, "#awayReasonSave"));
        Label nameError = find(robot, main, "#nameError");
        waitUntil("the taken name refused under its field", () -> onFx(nameError::isVisible));
        assertThat(onFx(nameError::getText)).isEqualTo("Another away reason has this name");
        assertThat(onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible())).as("a clash, not a stale version").isFalse();
        assertThat(text("#awayReasonName")).as("kept as typed").isEqualTo("Meal");
        assertThat(text("#awayReasonNameZh")).isEqualTo("吃饭");
        assertThat(namesZhOnServer()).as("nothing stored").hasSize(before);

        JsonNode training = rest.find("/api/v1/away-reasons", "name", "Training");
        long id = training.path("id").asLong();
        robot.clickOn((Node) find(robot, main, "#awayReason-" + id));
        waitUntil("the training in the editor", () -> "Training".equals(text("#awayReasonName")));
        onFx(() -> {
            ((TextField) find(robot, main, "#awayReasonName")).clear();
            return null;
        });
        typeInto("#awayReasonName", "Course");
        rest.call("PUT", "/api/v1/away-reasons/" + id, "{\"name\":\"Workshop\",\"nameZh\":\"培训\",\"version\":"
                + training.path("version").asLong() + "}");
        robot.clickOn((Node) find(robot, main, "#awayReasonSave"));

        waitUntil("both versions shown", () -> onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible()));
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleTheirs")).getText())).contains("Workshop");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleYours")).getText())).contains("Course");
        assertThat(text("#awayReasonName")).as("kept as typed").isEqualTo("Course");
        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine applied on top of theirs", () -> rest.find("/api/v1/away-reasons", "nameZh", "培训").path("name").asText().equals("Course"));
        waitUntil("the stale pane gone", () -> !onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible()));
    }

    private void open(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-awayReasons") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-awayReasons"));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup("#awayReasonsTable") != null));
    }

    /** Types into a field of the form: focused, then typed as a person would. */
    private void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    private String text(String query) {
        return onFx(() -> ((TextField) find(robot, main, query)).getText());
    }

    private List<String> statusChoices() {
        MenuButton switcher = find(robot, main, "#statusSwitcher");
        return onFx(() -> switcher.getItems().stream().map(item -> item.getText()).toList());
    }

    private static List<String> namesZh(TableView<AwayReason> table) {
        return onFx(() -> table.getItems().stream().map(AwayReason::nameZh).toList());
    }

    private static List<String> namesZhOnServer() throws Exception {
        List<String> names = new ArrayList<>();
        rest.call("GET", "/api/v1/away-reasons", null).forEach(reason -> names.add(reason.path("nameZh").asText()));
        return names;
    }
}
