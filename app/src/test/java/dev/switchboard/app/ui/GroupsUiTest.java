package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.app.testing.AdminClient;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.RoutingStrategy;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
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
 * The Groups section of the Administration page against a real backend: a group's strategy and
 * business hours changed and seen on another workstation, an overlap in the hours shown next to the
 * schedule with everything typed kept, and a save on an older version showing both versions.
 */
class GroupsUiTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private final List<WorkstationDriver> workstations = new ArrayList<>();

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @AfterEach
    void closeWorkstations() {
        workstations.forEach(WorkstationDriver::close);
    }

    @Test
    void anAdministratorChangesAGroupsStrategyAndHoursAndASupervisorsWorkstationFollows(@TempDir Path adminHome, @TempDir Path carolHome)
            throws Exception {
        Stage carol = groupsOf(carolHome, "carol", "Carol 陈静");
        choose(carol, "售前 Pre-sales");
        ComboBox<RoutingStrategy> carolsStrategy = find(robot, carol, "#groupStrategy");
        waitUntil("carol's editor showing the group", () -> onFx(carolsStrategy::getValue) == RoutingStrategy.LEAST_LOAD);

        Stage admin = groupsOf(adminHome, "admin", "Administrator");
        choose(admin, "售前 Pre-sales");
        ComboBox<RoutingStrategy> strategy = find(robot, admin, "#groupStrategy");
        waitUntil("the admin's editor showing the group", () -> onFx(strategy::getValue) == RoutingStrategy.LEAST_LOAD);
        robot.clickOn(strategy);
        robot.clickOn("Highest skill first");
        tab(admin, 2);
        robot.clickOn((Node) find(robot, admin, "#hoursKeep"));
        robot.clickOn((Node) find(robot, admin, "#hoursAddPeriod"));
        robot.clickOn((Node) find(robot, admin, "#hoursAddPeriod"));
        type(admin, "#periodOpens-1", "10:00");
        type(admin, "#periodCloses-1", "02:00");
        robot.clickOn((Node) find(robot, admin, "#hoursAddHoliday"));
        type(admin, "#holidayDate-0", "2027-01-01");
        robot.clickOn((Node) find(robot, admin, "#groupSave"));

        Label notice = find(robot, admin, "#groupNotice");
        waitUntil("the save confirmed", () -> onFx(notice::getText).equals("Saved 售前 Pre-sales."));
        JsonNode saved = AdminClient.signIn(server.baseUrl()).get("/api/v1/groups/" + PRESALES + "/setup");
        assertThat(saved.path("strategy").asText()).isEqualTo("SKILL");
        assertThat(saved.path("businessHours").path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(saved.path("businessHours").path("weekly").findValuesAsText("day")).containsExactly("MONDAY", "TUESDAY");
        assertThat(saved.path("businessHours").path("weekly").get(1).path("closes").asText()).as("into Wednesday").isEqualTo("02:00");
        assertThat(saved.path("businessHours").path("holidays").findValuesAsText("date")).containsExactly("2027-01-01");

        waitUntil("carol's editor reading the saved group again", () -> onFx(carolsStrategy::getValue) == RoutingStrategy.SKILL);
        CheckBox carolsHours = find(robot, carol, "#hoursKeep");
        assertThat(onFx(carolsHours::isSelected)).isTrue();
        assertThat(onFx(() -> ((TextField) find(robot, carol, "#periodOpens-1")).getText())).isEqualTo("10:00");
        TextField carolsName = find(robot, carol, "#groupName");
        assertThat(onFx(carolsName::isEditable)).as("supervisors do not rename groups").isFalse();
    }

    @Test
    void anOverlapInTheHoursIsShownNextToTheScheduleAndWhatWasTypedStays(@TempDir Path home) throws Exception {
        Stage admin = groupsOf(home, "admin", "Administrator");
        choose(admin, "VIP");
        TextField name = find(robot, admin, "#groupName");
        waitUntil("the editor showing VIP", () -> onFx(() -> name.getText()).equals("VIP"));
        tab(admin, 2);
        robot.clickOn((Node) find(robot, admin, "#hoursKeep"));
        robot.clickOn((Node) find(robot, admin, "#hoursAddPeriod"));
        robot.clickOn((Node) find(robot, admin, "#hoursAddPeriod"));
        onFx(() -> {
            ((ComboBox<DayOfWeek>) find(robot, admin, "#periodDay-1")).setValue(DayOfWeek.MONDAY);
            return null;
        });
        type(admin, "#periodOpens-1", "17:30");
        type(admin, "#periodCloses-1", "22:00");
        robot.clickOn((Node) find(robot, admin, "#groupSave"));

        Label error = find(robot, admin, "#businessHoursError");
        waitUntil("the overlap said under the schedule", () -> onFx(error::isVisible));
        assertThat(onFx(error::getText)).isEqualTo("Monday 17:30–22:00: overlaps Monday 09:00–18:00");
        TabPane tabs = find(robot, admin, "#groupTabs");
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedIndex())).as("the schedule's tab shows").isEqualTo(2);
        assertThat(onFx(() -> ((TextField) find(robot, admin, "#periodOpens-1")).getText())).isEqualTo("17:30");
        assertThat(onFx(() -> ((TextField) find(robot, admin, "#periodCloses-1")).getText())).isEqualTo("22:00");
        assertThat(AdminClient.signIn(server.baseUrl()).get("/api/v1/groups/3/setup").path("businessHours").isNull())
                .as("nothing saved").isTrue();

        type(admin, "#periodOpens-1", "18:00");
        robot.clickOn((Node) find(robot, admin, "#groupSave"));
        waitUntil("saved once the periods follow each other", () -> onFx(() -> ((Label) find(robot, admin, "#groupNotice")).getText())
                .equals("Saved VIP."));
        assertThat(onFx(error::isVisible)).isFalse();
    }

    @Test
    void aSaveOnAnOlderVersionShowsBothVersionsAndAppliesMineAgainOnRequest(@TempDir Path home) throws Exception {
        Stage admin = groupsOf(home, "admin", "Administrator");
        choose(admin, "售后 After-sales");
        TextField maxWait = find(robot, admin, "#groupMaxWait");
        waitUntil("the editor showing the group", () -> onFx(() -> maxWait.getText()).equals("300"));
        type(admin, "#groupMaxWait", "600");

        AdminClient other = AdminClient.signIn(server.baseUrl());
        ObjectNode theirs = (ObjectNode) other.get("/api/v1/groups/" + AFTERSALES + "/setup");
        theirs.put("description", "Changed elsewhere").put("acceptTimeoutSeconds", 90);
        other.put("/api/v1/groups/" + AFTERSALES + "/setup", theirs.toString());
        TableView<?> list = find(robot, admin, "#groupsList");
        waitUntil("the other save synced to the list", () -> onFx(() -> robot.from(list).lookup((Labeled cell) ->
                "Changed elsewhere".equals(cell.getText())).tryQuery().isPresent()));
        assertThat(onFx(() -> maxWait.getText())).as("what is typed is not replaced").isEqualTo("600");

        robot.clickOn((Node) find(robot, admin, "#groupSave"));
        TextArea current = find(robot, admin, "#staleTheirs");
        TextArea mine = find(robot, admin, "#staleYours");
        waitUntil("both versions shown", () -> onFx(() -> find(robot, admin, "#staleEdit").isVisible()));
        assertThat(onFx(() -> current.getText())).contains("Changed elsewhere").contains("Accept within 90 s; wait at most 300 s");
        assertThat(onFx(() -> mine.getText())).contains("Accept within 30 s; wait at most 600 s");
        assertThat(onFx(() -> maxWait.getText())).isEqualTo("600");

        robot.clickOn((Node) find(robot, admin, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> onFx(() -> ((Label) find(robot, admin, "#groupNotice")).getText())
                .equals("Saved 售后 After-sales."));
        assertThat(other.get("/api/v1/groups/" + AFTERSALES + "/setup").path("maxWaitSeconds").asInt()).isEqualTo(600);
        assertThat(onFx(() -> find(robot, admin, "#staleEdit").isVisible())).isFalse();
    }

    @Test
    void anAdministratorCreatesAGroupWithAMemberAndDeletesItOnlyOnceNothingUsesIt(@TempDir Path home) throws Exception {
        Stage admin = groupsOf(home, "admin", "Administrator");
        robot.clickOn((Node) find(robot, admin, "#groupsNew"));
        robot.clickOn((Node) find(robot, admin, "#groupName")).write("Returns 退货");
        tab(admin, 1);
        robot.clickOn((Node) find(robot, admin, "#memberCandidates"));
        robot.clickOn("Bob 张伟 (bob)");
        robot.clickOn((Node) find(robot, admin, "#memberAdd"));
        robot.clickOn((Node) find(robot, admin, "#groupSave"));

        Label notice = find(robot, admin, "#groupNotice");
        waitUntil("the group created", () -> onFx(notice::getText).equals("Created Returns 退货."));
        TableView<?> list = find(robot, admin, "#groupsList");
        waitUntil("the new group listed", () -> onFx(() -> robot.from(list).lookup((Labeled cell) -> "Returns 退货".equals(cell.getText()))
                .tryQuery().isPresent()));
        AdminClient other = AdminClient.signIn(server.baseUrl());
        long bob = other.idOf("bob");
        JsonNode created = other.get("/api/v1/groups").findParents("name").stream()
                .filter(group -> group.path("name").asText().equals("Returns 退货")).findFirst().orElseThrow();
        assertThat(other.get("/api/v1/groups/" + created.path("id").asLong() + "/setup").path("members").findValuesAsText("agentId"))
                .containsExactly(Long.toString(bob));

        robot.clickOn((Node) find(robot, admin, "#groupDelete"));
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").lookup((javafx.scene.control.Button button) -> button.isDefaultButton()).query());
        Label general = find(robot, admin, "#formError");
        waitUntil("the refusal saying what uses the group", () -> onFx(general::getText)
                .equals("Not deleted: the group is still in use (1 member). Move or remove these first."));

        tab(admin, 1);
        robot.clickOn((Node) find(robot, admin, "#memberRemove-" + bob));
        robot.clickOn((Node) find(robot, admin, "#groupSave"));
        waitUntil("saved without members", () -> onFx(notice::getText).equals("Saved Returns 退货."));
        robot.clickOn((Node) find(robot, admin, "#groupDelete"));
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").lookup((javafx.scene.control.Button button) -> button.isDefaultButton()).query());
        waitUntil("gone from the list", () -> onFx(() -> robot.from(list).lookup((Labeled cell) -> "Returns 退货".equals(cell.getText()))
                .tryQuery().isEmpty()));
        assertThat(other.get("/api/v1/groups").findValuesAsText("name")).doesNotContain("Returns 退货");
        assertThat(onFx(() -> ((Label) find(robot, admin, "#groupsPlaceholder")).getText())).isEqualTo("Deleted Returns 退货.");
    }

    /** Signs in and opens Administration, Groups. */
    private Stage groupsOf(Path home, String login, String displayName) throws Exception {
        workstations.add(WorkstationDriver.start(home, server.baseUrl(), login, "switchboard"));
        Stage main = WorkstationDriver.waitForMainWindowOf(displayName);
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the groups section listed", () -> robot.from(main.getScene().getRoot()).lookup("#adminSection-groups").tryQuery().isPresent());
        robot.clickOn((Node) find(robot, main, "#adminSection-groups"));
        waitUntil("the groups listed", () -> onFx(() -> !((TableView<?>) find(robot, main, "#groupsList")).getItems().isEmpty()));
        return main;
    }

    /** Chooses a group in the list and waits for its editor (its setup is read from the backend). */
    private void choose(Stage window, String group) {
        TableView<?> list = find(robot, window, "#groupsList");
        robot.clickOn((Node) robot.from(list).lookup((Labeled cell) -> group.equals(cell.getText())).query());
        waitUntil("the editor of " + group, () -> robot.from(window.getScene().getRoot()).lookup("#groupName").tryQuery()
                .map(field -> onFx(() -> ((TextField) field).getText()).equals(group)).orElse(false));
    }

    private void tab(Stage window, int index) {
        TabPane tabs = find(robot, window, "#groupTabs");
        onFx(() -> {
            tabs.getSelectionModel().select(index);
            return null;
        });
    }

    /** Replaces a field's text as typing would. */
    private void type(Stage window, String query, String text) {
        TextField field = find(robot, window, query);
        onFx(() -> {
            field.requestFocus();
            field.setText(text);
            return null;
        });
    }
}
