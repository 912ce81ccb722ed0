package dev.switchboard.app.tray;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Connects the tray to the workstation: installs it once (when enabled and a tray host exists),
 * keeps its icon on the signed-in agent's status and its menu in the current language. FX thread.
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

    public TrayGlue(boolean enabled, I18n i18n, Executor io, Executor fx, TrayController.Actions actions) {
        this.enabled = enabled;
        this.i18n = i18n;
        this.io = io;
        this.fx = fx;
        this.actions = actions;
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

    /** Shows the status of {@code live}'s agent, or offline when {@code null}. */
    public void follow(LiveSession live) {
        following.dispose();
        if (live == null) {
            show(AgentStatus.OFFLINE);
        } else {
            following.observe(live.selfProperty(), agent -> show(agent.status()));
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
        return new TrayController.Texts(i18n.get("tray.open"), i18n.get("status.ONLINE"), i18n.get("status.BUSY"),
                i18n.get("status.AWAY"), i18n.get("menu.quit"));
    }
}
