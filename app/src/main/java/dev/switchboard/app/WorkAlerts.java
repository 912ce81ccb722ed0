package dev.switchboard.app;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.alerts.DesktopAttention;
import dev.switchboard.app.notify.NotificationSound;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.shell.MainWindow;
import dev.switchboard.app.tray.TrayController;
import dev.switchboard.app.tray.TrayGlue;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * What waits for the agent, wired for one workstation: the alert board (its sound and the
 * taskbar's attention request), its list in the tray, and the alert sources of the signed-in
 * session's window. Opening an alert, in the window or the tray, brings the window forward and
 * opens the alert's destination through the window's navigator. FX thread.
 */
final class WorkAlerts {

    private final AlertBoard board;
    private final Runnable bringToFront;
    private List<AlertSource> sources = List.of();
    private MainWindow mainWindow;

    WorkAlerts(BooleanSupplier soundOn, NotificationSound sound, TrayGlue tray, BackgroundExecutors background, Clock clock,
               Runnable bringToFront) {
        this.bringToFront = bringToFront;
        this.board = new AlertBoard(new AlertBoard.Effects(soundOn, sound::play,
                new DesktopAttention(background.newSerialExecutor("attention")), this::mainWindowFocused, clock,
                (delay, task) -> background.scheduler().schedule(delay, () -> Platform.runLater(task))));
        board.onOpen(this::open);
        board.pending().addListener((ListChangeListener<AgentAlert>) change -> tray.showAlerts(board.pending().stream()
                .map(alert -> new TrayController.AlertItem(alert.text(), () -> board.open(alert))).toList()));
    }

    AlertBoard board() {
        return board;
    }

    /** Starts the alert sources of the session shown in {@code window}; call before the session starts, so that nothing arrives unannounced. */
    void follow(MainWindow window) {
        mainWindow = window;
        sources = window.alertSources();
        sources.forEach(AlertSource::start);
    }

    /** The session ended: its alerts go, and none opens the closed window. */
    void stopFollowing() {
        sources.forEach(AlertSource::stop);
        sources = List.of();
        board.resolveIf(alert -> true);
        mainWindow = null;
    }

    private void open(AgentAlert alert) {
        bringToFront.run();
        if (mainWindow != null) {
            mainWindow.navigator().open(alert.destination());
        }
    }

    private boolean mainWindowFocused() {
        return mainWindow != null && mainWindow.stage().isShowing() && mainWindow.stage().isFocused();
    }
}
