package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import dev.switchboard.app.testing.WorkstationDriver;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Drives an Administration section's form as a person would: signs in, opens the section, types into fields that may be scrolled away. */
final class AdminForm {

    private final FxRobot robot;
    private Stage main;

    AdminForm(FxRobot robot) {
        this.robot = robot;
    }

    /** Starts a workstation signed in as {@code login} (shown as {@code displayName}) and opens the section {@code section}. */
    WorkstationDriver openSection(Path home, String server, String login, String displayName, String section, String query) throws Exception {
        WorkstationDriver workstation = WorkstationDriver.start(home, server, login, "switchboard");
        main = WorkstationDriver.waitForMainWindowOf(displayName);
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-" + section) != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-" + section));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup(query) != null));
        return workstation;
    }

    Stage main() {
        return main;
    }

    /** Types into a field of the form, which may be scrolled out of sight: focused, then typed as a person would. */
    void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    /** Empties a field, then types {@code text} into it. */
    void replace(String query, String text) {
        TextInputControl field = find(robot, main, query);
        onFx(() -> {
            field.clear();
            return null;
        });
        typeInto(query, text);
    }

    /** Clicks a button that may be scrolled out of sight, once it is enabled. */
    void click(String query) {
        Node button = find(robot, main, query);
        waitUntil(query + " enabled", () -> onFx(() -> !button.isDisabled()));
        WorkstationDriver.reveal(button);
        robot.clickOn(button);
    }

    String text(String query) {
        return onFx(() -> ((TextInputControl) find(robot, main, query)).getText());
    }
}
