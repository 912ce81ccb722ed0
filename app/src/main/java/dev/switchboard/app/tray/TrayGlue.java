package dev.switchboard.app.tray;

import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connects the tray to the workstation: installs it once (when enabled and a tray host exists),
 * keeps its icon on the signed-in agent's status and its menu in the current language, with the
 * statuses the window's menu offers (away reasons included). FX thread.
 */
public final class TrayGlue implements AutoCloseable {

    private final boolean enabled;
    private final I18n i18n;
    private final Executor io;
    private final Executor fx;
    private final TrayController.Actions actions;
    private final Disposer following = new Disposer();
    private boolean requested;
    private boolean closed;
    private TrayController tray;
    private AgentStatus shownStatus = AgentStatus.OFFLINE;
    private List<TrayController.AlertItem> shownAlerts = List.of();
    /** The status choices the window's menu has beyond the plain statuses (away with a reason), while a window follows. */
    private ObservableList<StatusMenu.Choice> statusChoices = FXCollections.emptyObservableList();
    private List<TrayStatusMenu.Item> statusItems;

    public TrayGlue(boolean enabled, I18n i18n, Executor io, Executor fx, TrayController.Actions actions) {
        this.enabled = enabled;
        this.i18n = i18n;
        this.io = io;
        this.fx = fx;
        this.actions = actions;
        this.statusItems = TrayStatusMenu.items(i18n, List.of());
        i18n.localeProperty().addListener(observable -> showStatusItems());
    }

    /** Probes for a tray host in the background, the first time only. */
    public void install() {
        if (!enabled || requested) {
            return;
        }
        requested = true;
        TrayController.Texts texts = texts();
        CompletableFuture.supplyAsync(() -> TrayController.install(texts, actions, fx), io)
                .thenAcceptAsync(found -> found.ifPresent(this::installed), fx);
    }

    /** Whether a tray icon is showing, so closing the window can hide it to the tray. */
    public boolean present() {
        return tray != null;
    }

    /**
     * Shows the status of {@code live}'s agent, or offline when {@code null}, and offers the statuses
     * its window's menu offers ({@code statusChoices}: away with a reason), in the current language.
     */
    public void follow(LiveSession live, ObservableList<StatusMenu.Choice> statusChoices) {
        following.dispose();
        this.statusChoices = statusChoices == null ? FXCollections.emptyObservableList() : statusChoices;
        following.invalidated(this.statusChoices, observable -> showStatusItems());
        showStatusItems();
        if (live == null) {
            show(AgentStatus.OFFLINE);
        } else {
            following.observe(live.selfProperty(), agent -> show(agent.status()));
        }
    }

    /** The statuses the tray menu offers now, whether or not a tray shows: what the menu is built from. */
    public List<TrayStatusMenu.Item> statusItems() {
        return statusItems;
    }

    /** Picks a status from the tray menu, as a click on its entry does. */
    public void choose(TrayStatusMenu.Item item) {
        actions.setStatus().accept(item);
    }

    private void showStatusItems() {
        statusItems = TrayStatusMenu.items(i18n, statusChoices);
        if (tray != null) {
            tray.showStatuses(statusItems);
        }
    }

    /** Lists the waiting alerts in the menu and marks the icon while any wait. */
    public void showAlerts(List<TrayController.AlertItem> alerts) {
        shownAlerts = List.copyOf(alerts);
        if (tray != null) {
            tray.showAlerts(shownAlerts);
            show(shownStatus);
        }
    }

    @Override
    public void close() {
        closed = true;
        following.dispose();
        if (tray != null) {
            tray.close();
            tray = null;
        }
    }

    private void installed(TrayController controller) {
        if (closed) {
            controller.close();
            return;
        }
        tray = controller;
        // Closing the last window must not end the program while the tray icon is its way back.
        Platform.setImplicitExit(false);
        i18n.localeProperty().addListener(observable -> {
            if (tray != null) {
                tray.showTexts(texts());
                show(shownStatus);
            }
        });
        tray.showAlerts(shownAlerts);
        tray.showStatuses(statusItems);
        show(shownStatus);
    }

    private void show(AgentStatus status) {
        shownStatus = status;
        if (tray != null) {
            String statusText = i18n.get("status." + status.name());
            String tooltip = shownAlerts.isEmpty() ? i18n.get("tray.tooltip", statusText)
                    : i18n.get("tray.tooltip.alerts", statusText, shownAlerts.size());
            tray.showStatus(status, !shownAlerts.isEmpty(), tooltip);
        }
    }

    private TrayController.Texts texts() {
        return new TrayController.Texts(i18n.get("tray.open"), i18n.get("menu.quit"));
    }
}
