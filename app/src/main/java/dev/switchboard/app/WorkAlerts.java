package dev.switchboard.app;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.DesktopAttention;
import dev.switchboard.app.alerts.SessionAlerts;
import dev.switchboard.app.notify.NotificationSound;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.shell.MainWindow;
import dev.switchboard.app.tray.TrayController;
import dev.switchboard.app.tray.TrayGlue;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;

/**
 * What waits for the agent, wired for one workstation: the alert board (its sound and the
 * taskbar's attention request), its list in the tray, and the alerts of the signed-in session,
 * which open their chat in the main window. FX thread.
 */
final class WorkAlerts {

    private final AlertBoard board;
    private final BackgroundExecutors background;
    private final Executor fx;
    private final Clock clock;
    private final Runnable bringToFront;
    private SessionAlerts sessionAlerts;
    private MainWindow mainWindow;

    WorkAlerts(BooleanSupplier soundOn, NotificationSound sound, TrayGlue tray, BackgroundExecutors background, Executor fx,
               Clock clock, Runnable bringToFront) {
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        this.bringToFront = bringToFront;
        this.board = new AlertBoard(new AlertBoard.Effects(soundOn, sound::play,
                new DesktopAttention(background.newSerialExecutor("attention")), this::mainWindowFocused, clock));
        board.onOpen(this::open);
        board.pending().addListener((ListChangeListener<AgentAlert>) change -> tray.showAlerts(board.pending().stream()
                .map(alert -> new TrayController.AlertItem(alert.text(), () -> board.open(alert))).toList()));
    }

    AlertBoard board() {
        return board;
    }

    /** Follows the session shown in {@code window}; call before the session starts, so that no chat arrives unannounced. */
    void follow(LiveSession live, MainWindow window, SettingsService settings, I18n i18n) {
        mainWindow = window;
        sessionAlerts = new SessionAlerts(board, live, new SessionAlerts.Window(window.stage().focusedProperty(),
                window.chatNavigation()), settings, i18n, background.scheduler(), fx, clock);
    }

    /** The session ended: its alerts go, and none opens the closed window. */
    void stopFollowing() {
        if (sessionAlerts != null) {
            sessionAlerts.close();
            sessionAlerts = null;
        }
        mainWindow = null;
    }

    private void open(AgentAlert alert) {
        bringToFront.run();
        if (mainWindow != null && alert.aboutOwnChat()) {
            mainWindow.chatNavigation().openChat(alert.conversationId());
        }
    }

    private boolean mainWindowFocused() {
        return mainWindow != null && mainWindow.stage().isShowing() && mainWindow.stage().isFocused();
    }
}
