package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.auth.LoginRequest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An agent changes their own name on their profile page, against a real backend in this JVM. */
class ProfileUiTest {

    static final String PASSWORD = "paper boats on a pond";

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
    void theProfilePageChangesTheAgentsNameEverywhere(@TempDir Path home) throws Exception {
        String admin = api.login(url, new LoginRequest("admin", "switchboard")).token();
        api.send(url, admin, "POST", ApiPath.of("agents"), new NewAgent("hana", "Hana", PASSWORD, Role.AGENT, List.of(1L), 5), Agent.class);
        workstation = WorkstationDriver.start(home, server.baseUrl(), "hana", PASSWORD);
        Stage profile = openProfile(WorkstationDriver.waitForMainWindowOf("Hana"));

        TextField name = find(robot, profile, "#profileDisplayName");
        assertThat(onFx(() -> name.getText())).isEqualTo("Hana");
        type(name, " ");
        robot.clickOn((Node) find(robot, profile, "#profileSave"));
        Label nameError = find(robot, profile, "#displayNameError");
        waitUntil("the rule, before anything is sent", () -> onFx(nameError::isVisible));
        assertThat(onFx(nameError::getText)).isEqualTo("1 to 80 characters, no control characters");

        type(name, "Hana Sato");
        robot.clickOn((Node) find(robot, profile, "#profileSave"));

        Label outcome = find(robot, profile, "#profileOutcome");
        waitUntil("the name changed", () -> onFx(outcome::getText).startsWith("Your name is changed"));
        assertThat(onFx(nameError::isVisible)).isFalse();
        String hana = api.login(url, new LoginRequest("hana", PASSWORD)).token();
        assertThat(api.send(url, hana, "GET", ApiPath.of("auth", "me"), null, Agent.class).displayName()).isEqualTo("Hana Sato");
        assertThat(WorkstationDriver.waitForMainWindowOf("Hana Sato").isShowing()).as("the window's own menu follows the change").isTrue();
    }

    private Stage openProfile(Stage main) {
        MenuButton userMenu = find(robot, main, "#userMenu");
        onFx(() -> {
            userMenu.getItems().stream().filter(item -> "profileItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        return WorkstationDriver.waitForDialog("#profilePage");
    }

    private void type(TextField field, String value) {
        onFx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write(value);
    }
}
