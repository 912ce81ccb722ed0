package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.auth.LoginRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An administrator manages accounts in the Administration page's Accounts section, against a real backend in this JVM. */
class AccountsUiTest {

    static final String PASSWORD = "lanterns on the river";
    static final long PRESALES = 1;

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static ServerUrl url;
    private final FxRobot robot = new FxRobot();
    private final ApiClient api = new ApiClient();
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        url = ServerUrl.parse(server.baseUrl());
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
        api.close();
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseGeneratedPasswordIsShownOnce(@TempDir Path home) throws Exception {
        Stage main = openAccounts(home);

        robot.clickOn((Node) find(robot, main, "#accountsNew"));
        type(main, "#accountLogin", "dana");
        type(main, "#accountDisplayName", "Dana Li");
        robot.clickOn((Node) find(robot, main, "#accountGroup-" + PRESALES));
        type(main, "#accountMaxChats", "3");
        robot.clickOn((Node) find(robot, main, "#accountSave"));

        Label outcome = find(robot, main, "#accountOutcome");
        waitUntil("the account created", () -> onFx(outcome::getText).equals("Account dana created."));
        TextField shown = find(robot, main, "#accountShownOncePassword");
        Node shownOnce = find(robot, main, "#accountShownOnce");
        assertThat(onFx(shownOnce::isVisible)).isTrue();
        String password = onFx(() -> shown.getText());
        Agent dana = api.login(url, new LoginRequest("dana", password)).agent();
        assertThat(dana.displayName()).isEqualTo("Dana Li");
        assertThat(dana.groupIds()).containsExactly(PRESALES);
        assertThat(dana.maxChats()).isEqualTo(3);
        TableView<?> table = find(robot, main, "#accountsTable");
        waitUntil("dana in the list, chosen", () -> onFx(() -> main.getScene().getRoot().lookup("#accountRow-dana") != null
                && table.getSelectionModel().getSelectedItem() != null));

        robot.clickOn((Node) find(robot, main, "#accountShownOnceDone"));
        waitUntil("the password gone", () -> !onFx(shownOnce::isVisible));
        assertThat(onFx(() -> shown.getText())).as("shown once: not kept").isEmpty();
    }

    @Test
    void aTakenLoginIsShownNextToTheLoginFieldAndWhatWasTypedStays(@TempDir Path home) throws Exception {
        Stage main = openAccounts(home);

        robot.clickOn((Node) find(robot, main, "#accountsNew"));
        type(main, "#accountLogin", "alice");
        type(main, "#accountDisplayName", "Another Alice");
        robot.clickOn((Node) find(robot, main, "#accountPasswordType"));
        type(main, "#accountPasswordTyped", PASSWORD);
        robot.clickOn((Node) find(robot, main, "#accountSave"));

        Label loginError = find(robot, main, "#loginError");
        waitUntil("the error next to the login", () -> onFx(loginError::isVisible));
        assertThat(onFx(loginError::getText)).isEqualTo("This login is taken by another account");
        assertThat(text(main, "#accountLogin")).isEqualTo("alice");
        assertThat(text(main, "#accountDisplayName")).isEqualTo("Another Alice");
        assertThat(text(main, "#accountPasswordTyped")).isEqualTo(PASSWORD);
        assertThat(onFx(() -> find(robot, main, "#staleEdit").isVisible())).as("a clash, not a stale edit").isFalse();

        type(main, "#accountLogin", "alice2");
        robot.clickOn((Node) find(robot, main, "#accountSave"));
        Label outcome = find(robot, main, "#accountOutcome");
        waitUntil("the account created", () -> onFx(outcome::getText).equals("Account alice2 created."));
        assertThat(onFx(loginError::isVisible)).isFalse();
        assertThat(api.login(url, new LoginRequest("alice2", PASSWORD)).agent().displayName()).isEqualTo("Another Alice");
    }

    @Test
    void aSaveFromAnOlderVersionShowsBothVersionsAndMineCanBeAppliedAgain(@TempDir Path home) throws Exception {
        String admin = adminToken();
        Agent erin = create(admin, "erin", "Erin");
        Stage main = openAccounts(home);
        choose(main, "erin");

        type(main, "#accountDisplayName", "Erin Mine");
        api.send(url, admin, "PATCH", ApiPath.of("agents", Long.toString(erin.id())), new AgentPatch("Erin Theirs", null, null, null, 7, null), Agent.class);
        robot.clickOn((Node) find(robot, main, "#accountSave"));

        Node stale = find(robot, main, "#staleEdit");
        waitUntil("both versions", () -> onFx(stale::isVisible));
        TextArea theirs = find(robot, main, "#staleTheirs");
        TextArea yours = find(robot, main, "#staleYours");
        assertThat(onFx(() -> theirs.getText())).contains("Name: Erin Theirs", "Chat limit: 7");
        assertThat(onFx(() -> yours.getText())).contains("Name: Erin Mine", "Chat limit: 5");
        assertThat(text(main, "#accountDisplayName")).as("what was typed stays").isEqualTo("Erin Mine");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));

        Label outcome = find(robot, main, "#accountOutcome");
        waitUntil("saved on top of theirs", () -> onFx(outcome::getText).equals("Saved."));
        assertThat(onFx(stale::isVisible)).isFalse();
        Agent now = api.send(url, admin, "GET", ApiPath.of("agents", Long.toString(erin.id())), null, Agent.class);
        assertThat(now.displayName()).isEqualTo("Erin Mine");
        assertThat(now.maxChats()).as("mine, applied again whole").isEqualTo(5);
    }

    @Test
    void aResetPasswordIsGeneratedAskedForAndShownOnce(@TempDir Path home) throws Exception {
        String admin = adminToken();
        create(admin, "fred", "Fred");
        String fredsSession = api.login(url, new LoginRequest("fred", PASSWORD)).token();
        Stage main = openAccounts(home);
        choose(main, "fred");

        robot.clickOn((Node) find(robot, main, "#accountReset"));
        Label question = find(robot, main, "#accountConfirmQuestion");
        waitUntil("the question", () -> onFx(question::isVisible));
        assertThat(onFx(question::getText)).contains("Reset the password of Fred?");
        robot.clickOn((Node) find(robot, main, "#accountConfirm"));

        TextField shown = find(robot, main, "#accountShownOncePassword");
        Node shownOnce = find(robot, main, "#accountShownOnce");
        waitUntil("the new password", () -> onFx(shownOnce::isVisible));
        String password = onFx(() -> shown.getText());
        assertThat(api.login(url, new LoginRequest("fred", password)).agent().login()).isEqualTo("fred");
        assertThat(refusedStatus(() -> api.login(url, new LoginRequest("fred", PASSWORD)))).isEqualTo(401);
        assertThat(refusedStatus(() -> api.send(url, fredsSession, "GET", ApiPath.of("auth", "me"), null, Agent.class)))
                .as("fred's session ended").isEqualTo(401);

        choose(main, "alice");
        waitUntil("the password forgotten once another account shows", () -> !onFx(shownOnce::isVisible));
        assertThat(onFx(() -> shown.getText())).isEmpty();
    }

    @Test
    void disablingAsksFirstAndTheListShowsIt(@TempDir Path home) throws Exception {
        create(adminToken(), "gina", "Gina");
        Stage main = openAccounts(home);
        type(main, "#accountsSearch", "gin");
        TableView<?> table = find(robot, main, "#accountsTable");
        waitUntil("only gina found", () -> onFx(() -> table.getItems().size()) == 1);
        choose(main, "gina");

        robot.clickOn((Node) find(robot, main, "#accountToggleEnabled"));
        Label question = find(robot, main, "#accountConfirmQuestion");
        waitUntil("the question", () -> onFx(question::isVisible));
        assertThat(api.login(url, new LoginRequest("gina", PASSWORD)).agent().enabled()).as("nothing done yet").isTrue();
        robot.clickOn((Node) find(robot, main, "#accountConfirm"));

        Label title = find(robot, main, "#accountTitle");
        waitUntil("shown disabled", () -> onFx(title::getText).equals("Gina (gina) – disabled"));
        waitUntil("the list says so", () -> onFx(() -> main.getScene().getRoot().lookup("#accountRow-gina").lookupAll(".table-cell")
                .stream().anyMatch(cell -> cell instanceof javafx.scene.control.TableCell<?, ?> c && "No".equals(c.getText()))));
        assertThat(refusedStatus(() -> api.login(url, new LoginRequest("gina", PASSWORD)))).isEqualTo(401);
    }

    @Test
    void aSupervisorSetsSkillsInTheirGroupsAndChangesNothingElse(@TempDir Path home) throws Exception {
        Stage main = openAccounts(home, "carol", "Carol 陈静");
        choose(main, "alice");

        assertThat(onFx(() -> find(robot, main, "#accountsNew").isVisible())).isFalse();
        assertThat(onFx(() -> ((TextField) find(robot, main, "#accountDisplayName")).isEditable())).isFalse();
        assertThat(onFx(() -> find(robot, main, "#accountRole").isDisabled())).isTrue();
        assertThat(onFx(() -> find(robot, main, "#accountGroup-" + PRESALES).isDisabled())).isTrue();
        assertThat(onFx(() -> find(robot, main, "#accountResetSection").isVisible())).isFalse();
        assertThat(onFx(() -> find(robot, main, "#accountToggleEnabled").isVisible())).isFalse();
        javafx.scene.control.Spinner<Integer> skill = find(robot, main, "#accountSkill-" + PRESALES);
        assertThat(onFx(skill::isDisabled)).isFalse();
        onFx(() -> {
            skill.getValueFactory().setValue(9);
            return null;
        });
        robot.clickOn((Node) find(robot, main, "#accountSave"));

        Label outcome = find(robot, main, "#accountOutcome");
        waitUntil("the skill set", () -> onFx(outcome::getText).equals("Saved."));
        String admin = adminToken();
        Agent alice = api.send(url, admin, "GET", ApiPath.of("agents", Long.toString(idOf(admin, "alice"))), null, Agent.class);
        assertThat(alice.skills()).containsEntry(PRESALES, 9);
    }

    private long idOf(String admin, String login) {
        return List.of(api.send(url, admin, "GET", ApiPath.of("agents"), null, Agent[].class)).stream()
                .filter(agent -> agent.login().equals(login)).findFirst().orElseThrow().id();
    }

    private Stage openAccounts(Path home) throws Exception {
        return openAccounts(home, "admin", "Administrator");
    }

    private Stage openAccounts(Path home, String login, String displayName) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), login, "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf(displayName);
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the accounts section", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-accounts") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-accounts"));
        waitUntil("the accounts", () -> onFx(() -> main.getScene().getRoot().lookup("#accountRow-alice") != null));
        return main;
    }

    private void choose(Stage main, String login) {
        waitUntil(login + " in the list", () -> onFx(() -> main.getScene().getRoot().lookup("#accountRow-" + login) != null));
        // the login's cell: the row may be wider than the table shows
        robot.clickOn(onFx(() -> main.getScene().getRoot().lookup("#accountRow-" + login).lookup(".table-cell")));
        Label title = find(robot, main, "#accountTitle");
        waitUntil(login + " in the editor", () -> onFx(title::getText).contains("(" + login + ")")
                && text(main, "#accountLogin").equals(login));
    }

    private String adminToken() {
        return api.login(url, new LoginRequest("admin", "switchboard")).token();
    }

    private Agent create(String admin, String login, String name) {
        return api.send(url, admin, "POST", ApiPath.of("agents"), new NewAgent(login, name, PASSWORD, Role.AGENT, List.of(PRESALES), 5, Map.of()), Agent.class);
    }

    private static int refusedStatus(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (ProblemException refused) {
            return refused.problem().status();
        }
    }

    private void type(Stage window, String query, String value) {
        TextInputControl field = find(robot, window, query);
        onFx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write(value);
    }

    private String text(Stage window, String query) {
        TextInputControl field = find(robot, window, query);
        return onFx(field::getText);
    }
}
