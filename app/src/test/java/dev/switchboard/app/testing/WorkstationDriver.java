package dev.switchboard.app.testing;

import dev.switchboard.app.StartupOptions;
import dev.switchboard.app.Workstation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops real workstations on the (headless) FX toolkit and finds their windows. */
public final class WorkstationDriver implements AutoCloseable {

    public static final String MAIN_TITLE = "Switchboard";
    public static final String LOGIN_TITLE = "Switchboard – Sign in";
    private static final long TIMEOUT_SECONDS = 20;

    private final Workstation workstation;

    private WorkstationDriver(Workstation workstation) {
        this.workstation = workstation;
    }

    /** Once per test class: the toolkit, kept alive while no window shows between tests. */
    public static void initToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    /** A workstation on {@code home}, started as from the command line (no tray). */
    public static WorkstationDriver start(Path home, String server, String login, String password) throws Exception {
        StartupOptions options = new StartupOptions(Optional.ofNullable(server), Optional.ofNullable(login),
                Optional.ofNullable(password), home, false);
        Workstation workstation = new Workstation(options, () -> { });
        onFx(() -> {
            workstation.start();
            return null;
        });
        return new WorkstationDriver(workstation);
    }

    /** Waits for a showing window with exactly this title. */
    public Stage waitForWindow(String title) {
        waitUntil("a window titled '" + title + "'", () -> findWindow(title).isPresent());
        return findWindow(title).orElseThrow();
    }

    /** Waits for the main window of the agent with this display name (several may be open). */
    public static Stage waitForMainWindowOf(String displayName) {
        waitUntil("the main window of " + displayName, () -> mainWindowOf(displayName).isPresent());
        return mainWindowOf(displayName).orElseThrow();
    }

    private static Optional<Stage> mainWindowOf(String displayName) {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && titled(stage, MAIN_TITLE) && stage.isShowing())
                .map(Stage.class::cast)
                .filter(stage -> stage.getScene().getRoot().lookup("#userMenu") instanceof MenuButton menu
                        && displayName.equals(menu.getText()))
                .findFirst());
    }

    /** Waits for a showing window whose content is the node with this id ("#endChatDialog"), e.g. a dialog. */
    public static Stage waitForDialog(String rootId) {
        waitUntil("a window showing " + rootId, () -> dialog(rootId).isPresent());
        return dialog(rootId).orElseThrow();
    }

    /** A showing window whose content is the node with this id. */
    public static Optional<Stage> dialog(String rootId) {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.isShowing() && stage.getScene() != null
                        && rootId.equals("#" + stage.getScene().getRoot().getId()))
                .map(Stage.class::cast)
                .findFirst());
    }

    public boolean isShowing(String title) {
        return findWindow(title).isPresent();
    }

    private static Optional<Stage> findWindow(String title) {
        return onFx(() -> Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && titled(stage, title) && stage.isShowing())
                .map(Stage.class::cast)
                .findFirst());
    }

    /** The main window's title may carry the count of waiting alerts: "(2) Switchboard". */
    private static boolean titled(Stage stage, String title) {
        String shown = stage.getTitle();
        return title.equals(shown) || MAIN_TITLE.equals(title) && shown != null && shown.matches("\\(\\d+\\) " + MAIN_TITLE);
    }

    /** Looks a node up inside one window. */
    public static <T extends Node> T find(FxRobot robot, Stage window, String query) {
        return robot.from(window.getScene().getRoot()).lookup(query).query();
    }

    /** Looks a node up inside a part of a window, e.g. one tab's content. */
    public static <T extends Node> T find(FxRobot robot, Node within, String query) {
        return robot.from(within).lookup(query).query();
    }

    /** Shuts the workstation down and waits until its cache is closed. */
    @Override
    public void close() {
        try {
            onFx(workstation::shutdown).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while shutting down", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the workstation did not shut down cleanly", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls the nearest scroll pane around {@code node} until its bottom shows, as an agent would
     * before clicking it (a robot's click does not scroll).
     */
    public static void reveal(Node node) {
        onFx(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                    double viewport = scroll.getViewportBounds().getHeight();
                    double scrollable = scroll.getContent().getLayoutBounds().getHeight() - viewport;
                    if (scrollable > 0) {
                        double bottom = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
                        double share = Math.max(0, Math.min(1, (bottom - viewport) / scrollable));
                        scroll.setVvalue(scroll.getVmin() + share * (scroll.getVmax() - scroll.getVmin()));
                    }
                    return null;
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until {@code condition} holds. A condition that fails — a node not built yet, looked up
     * through {@link #onFx} — has not come true yet: it is asked again, and the last failure is the
     * cause of the timeout. (TestFX's own wait ends at the first failure: a page that builds its
     * controls a moment after a selection failed a test at once instead of being waited for.)
     */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        AtomicReference<Throwable> lastFailure = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (Exception | AssertionError failure) {
                    lastFailure.set(failure);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + TIMEOUT_SECONDS + " s waiting for " + what,
                    lastFailure.get() == null ? e : lastFailure.get());
        }
    }

    public static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX work failed", e);
        }
    }
}
