package dev.switchboard.app.testing;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Mouse gestures that stay true on a busy machine, where the robot's own steps can be slow. */
public final class Gestures {

    private Gestures() {
    }

    /**
     * Clicks the middle of what {@code query} finds in the window. Its place is read in the same
     * moment it is found attached: tables and lists recreate their rows whenever they refresh
     * (a new language, a team update), so a row looked up a moment earlier may be gone by the click.
     * A refreshed row sits where the old one was, so the point stays right.
     */
    public static void clickOn(FxRobot robot, Stage window, String query) {
        AtomicReference<Point2D> at = new AtomicReference<>();
        waitUntil(query + " on the screen", () -> {
            at.set(onFx(() -> {
                Node node = window.getScene().getRoot().lookup(query);
                Bounds bounds = node == null || node.getScene() == null ? null : node.localToScreen(node.getBoundsInLocal());
                return bounds == null ? null : new Point2D(bounds.getCenterX(), bounds.getCenterY());
            }));
            return at.get() != null;
        });
        robot.clickOn(at.get());
    }

    /**
     * A point on the screen (read by {@code where} off the FX thread) once it stays put through a
     * layout pulse: a list that just received a line may still scroll to it, and a click computed
     * before that lands on something else.
     */
    public static Point2D settled(Scene scene, Callable<Point2D> where) {
        AtomicReference<Point2D> at = new AtomicReference<>();
        waitUntil("a place that stays put", () -> {
            Point2D before = where.call();
            nextLayoutPulse(scene);
            Point2D after = where.call();
            at.set(after);
            return after.equals(before);
        });
        return at.get();
    }

    private static void nextLayoutPulse(Scene scene) throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        onFx(() -> {
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    pulsed.complete(null);
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
            return null;
        });
        pulsed.get(20, TimeUnit.SECONDS);
    }

    /**
     * Double-clicks at a point as a person does: both clicks in one quick go. The robot's own
     * double click waits for the FX thread between the clicks; on a loaded machine that wait can
     * outlast the system's double-click time and turn the gesture into two single clicks.
     */
    public static void doubleClick(FxRobot robot, Point2D at) {
        robot.moveTo(at);
        onFx(() -> {
            Robot mouse = new Robot();
            mouse.mouseClick(MouseButton.PRIMARY);
            mouse.mouseClick(MouseButton.PRIMARY);
            return null;
        });
    }
}
