package dev.switchboard.app.shell;

import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.alerts.AlertView;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.FeatureSet;
import dev.switchboard.app.feature.LeaveGuard;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.navigation.Navigator;
import dev.switchboard.app.notify.ToastView;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Stage;

/**
 * The window of a signed-in agent, titled "Switchboard": the frame, and in it what the features
 * add (pages, panels, menu entries), each feature asked once when the window opens. FX thread.
 */
public final class MainWindow {

    public static final String TITLE = "Switchboard";

    private final ShellViewModel model;
    private final ViewWindow window;
    private final WindowContext parts;
    private final AppContext app;
    private ViewWindow leaveDialog;

    public MainWindow(FeatureSet features, SessionContext session, AlertBoard alerts, ShellViewModel.Actions actions,
                      Runnable onCloseRequest) {
        AppContext app = features.app();
        this.app = app;
        this.model = new ShellViewModel(session.live(), app.i18n(), app.notices(), app.fx(), actions);
        ReadOnlyBooleanWrapper focused = new ReadOnlyBooleanWrapper();
        SecondsTicker ticker = new SecondsTicker(app.background().scheduler(), app.fx(), app.clock());
        this.parts = features.openWindow(session, new WindowContext.Frame(ticker, focused.getReadOnlyProperty(), this::stage,
                alerts, model));
        model.addFeatureParts(parts.addedPages(), parts.addedMenuEntries());
        parts.addedStatusMenu().ifPresent(model::addStatusMenu);
        ShellView view = new ShellView(model, new ToastView(app.notices()), parts.addedSidePanels(), new AlertView(alerts, app.i18n()));
        this.window = new ViewWindow(view, app.themes(), alerts.windowTitle(TITLE), 1180, 760)
                .minSize(900, 560)
                .onCloseRequest(onCloseRequest);
        focused.bind(window.stage().focusedProperty());
    }

    /** Shows the window, or brings it back from the tray. */
    public void show() {
        window.show();
    }

    /** Hides it to the tray; it keeps updating. */
    public void hide() {
        window.hide();
    }

    /**
     * Signs out or quits with {@code leave}, at once when no feature warns of it, else once the agent
     * confirms in a dialog (open chats go back to the queue, ADR 0013).
     */
    public void confirmLeaving(LeaveGuard.Leaving leaving, Runnable leave) {
        List<String> warnings = parts.addedLeaveGuards().stream().map(guard -> guard.warning(leaving)).flatMap(Optional::stream).toList();
        if (warnings.isEmpty()) {
            leave.run();
            return;
        }
        closeLeaveDialog();
        window.show();
        LeaveConfirmView view = new LeaveConfirmView(app.i18n(), leaving, warnings, this::closeLeaveDialog, () -> {
            closeLeaveDialog();
            leave.run();
        });
        leaveDialog = new ViewWindow(view, app.themes(), app.i18n().text("leave.title." + leaving.name()), ViewWindow.FIT, ViewWindow.FIT)
                .modalTo(window.stage())
                .onCloseRequest(this::closeLeaveDialog);
        leaveDialog.stage().setResizable(false);
        leaveDialog.show();
    }

    private void closeLeaveDialog() {
        if (leaveDialog != null) {
            leaveDialog.close();
            leaveDialog = null;
        }
    }

    /** Runs the features' close steps, then closes the window and its pages. */
    public void close() {
        closeLeaveDialog();
        parts.addedCloseSteps().forEach(Runnable::run);
        window.close();
    }

    public Stage stage() {
        return window.stage();
    }

    /** Opens what alerts, the tray and links lead to, in this window. */
    public Navigator navigator() {
        return parts.navigator();
    }

    /** What raises alerts about this window's session. */
    public List<AlertSource> alertSources() {
        return parts.addedAlertSources();
    }

    /** A status picked outside the window (the tray menu), with its away reason or none, reported like one picked inside. */
    public void requestStatus(AgentStatus status, Long reasonId, String label) {
        if (reasonId == null) {
            model.requestStatus(status);
        } else {
            model.requestStatus(new StatusMenu.Choice("status-" + status.name() + "-" + reasonId, label, status, reasonId));
        }
    }

    /** The status menu's added choices (away with a reason), for the tray's menu to offer as well. */
    public javafx.collections.ObservableList<StatusMenu.Choice> statusChoices() {
        return model.statusChoices();
    }
}
