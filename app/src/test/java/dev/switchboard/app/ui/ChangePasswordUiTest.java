package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An agent changes their own password in the settings, against a real backend running in this JVM. */
class ChangePasswordUiTest {

    static final String NEW_PASSWORD = "tea for two and two for tea";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private final FxRobot robot = new FxRobot();
    private final ApiClient api = new ApiClient();
    private WorkstationDriver workstation;

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
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
        api.close();
    }

    @Test
    void theServersRefusalIsShownUnderItsFieldAndTheRightPasswordChangesIt(@TempDir Path home) throws Exception {
        ServerUrl url = ServerUrl.parse(server.baseUrl());
        String otherSession = api.login(url, new LoginRequest("bob", "switchboard")).token();
        workstation = WorkstationDriver.start(home, server.baseUrl(), "bob", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Bob 张伟");
        MenuButton userMenu = find(robot, main, "#userMenu");
        onFx(() -> {
            userMenu.getItems().stream().filter(item -> "settingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        Stage settings = WorkstationDriver.waitForDialog("#settingsPage");

        type(settings, "#passwordCurrent", "not my password");
        type(settings, "#passwordNew", NEW_PASSWORD);
        type(settings, "#passwordRepeat", NEW_PASSWORD);
        clickChange(settings);

        Label currentError = find(robot, settings, "#passwordCurrentError");
        waitUntil("the server's answer under the current password", () -> onFx(currentError::isVisible));
        assertThat(onFx(currentError::getText)).isEqualTo("This is not your current password");
        assertThat(text(settings, "#passwordNew")).as("what was typed stays").isEqualTo(NEW_PASSWORD);
        assertThat(text(settings, "#passwordRepeat")).isEqualTo(NEW_PASSWORD);

        type(settings, "#passwordCurrent", "switchboard");
        clickChange(settings);

        Label outcome = find(robot, settings, "#passwordOutcome");
        waitUntil("the change", () -> onFx(outcome::getText).startsWith("Your password is changed"));
        assertThat(onFx(currentError::isVisible)).isFalse();
        assertThat(text(settings, "#passwordNew")).isEmpty();
        assertThat(api.login(url, new LoginRequest("bob", NEW_PASSWORD)).agent().login()).isEqualTo("bob");
        assertThatThrownBy(() -> api.send(url, otherSession, "GET", ApiPath.of("visitors", "nobody"), null, VisitorDetail.class))
                .as("the other session ended").isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.problem().status()).isEqualTo(401));
        assertThat(WorkstationDriver.waitForMainWindowOf("Bob 张伟").isShowing()).as("this workstation stays signed in").isTrue();
    }

    @Test
    void aTooShortPasswordIsExplainedBeforeAnythingIsSent(@TempDir Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "alice", "switchboard");
        Stage main = WorkstationDriver.waitForMainWindowOf("Alice 王丽");
        MenuButton userMenu = find(robot, main, "#userMenu");
        onFx(() -> {
            userMenu.getItems().stream().filter(item -> "settingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        Stage settings = WorkstationDriver.waitForDialog("#settingsPage");

        type(settings, "#passwordCurrent", "switchboard");
        type(settings, "#passwordNew", "short one");
        type(settings, "#passwordRepeat", "short one");
        clickChange(settings);

        Label newError = find(robot, settings, "#passwordNewError");
        waitUntil("the length rule", () -> onFx(newError::isVisible));
        assertThat(onFx(newError::getText)).isEqualTo("Too short: at least 12 characters");
        assertThat(onFx(() -> cutShort(settings.getScene().getRoot())))
                .as("the error line takes room without cutting other texts short").isEmpty();
        ServerUrl url = ServerUrl.parse(server.baseUrl());
        assertThat(api.login(url, new LoginRequest("alice", "switchboard")).agent().login()).as("nothing changed").isEqualTo("alice");
    }

    /** Wrapping labels drawn lower than their text needs: JavaFX then ends them with an ellipsis. */
    private static List<String> cutShort(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".label")) {
            if (node instanceof Label label && label.isVisible() && label.isWrapText() && !label.getText().isEmpty()
                    && label.getHeight() + 0.5 < label.prefHeight(label.getWidth())) {
                cut.add(label.getText());
            }
        }
        return cut;
    }

    private void clickChange(Stage window) {
        Button change = find(robot, window, "#passwordChange");
        robot.clickOn(change);
    }

    private void type(Stage window, String query, String value) {
        PasswordField field = find(robot, window, query);
        onFx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write(value);
    }

    private String text(Stage window, String query) {
        PasswordField field = find(robot, window, query);
        return onFx(field::getText);
    }
}
