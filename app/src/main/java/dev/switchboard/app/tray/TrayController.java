package dev.switchboard.app.tray;

import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.shared.agents.AgentStatus;
import dorkbox.systemTray.Entry;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.Separator;
import dorkbox.systemTray.SystemTray;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon (dorkbox SystemTray): the agent's status as the icon, marked while alerts wait,
 * and a menu with the waiting alerts and to open the window, change the status (away reasons
 * included, as in the window) or quit. Every call into the library runs on one tray thread, never
 * on the FX thread; menu clicks are handed to the FX thread.
 *
 * <p>Where no tray host runs (a bare X server, some desktops) the library answers null or throws;
 * then there is no tray and notices stay in the window.
 */
public final class TrayController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrayController.class);

    /** What the menu does; called on the FX thread. */
    public record Actions(Runnable open, Consumer<TrayStatusMenu.Item> setStatus, Runnable quit) {
    }

    /** The menu texts in the current language; the statuses come with {@link #showStatuses}. */
    public record Texts(String open, String quit) {
    }

    /** A waiting alert as a menu entry at the top of the menu; {@code open} runs on the FX thread. */
    public record AlertItem(String text, Runnable open) {
    }

    /** Alerts listed in the menu; the tooltip counts them all. */
    static final int ALERTS_LISTED = 5;

    private final ExecutorService trayThread;
    private final SystemTray tray;
    private final MenuItem openItem;
    private final Separator statusesEnd = new Separator();
    private final MenuItem quitItem;
    private final Executor fx;
    private final Actions actions;
    private final List<Entry> alertEntries = new ArrayList<>();
    private final List<Entry> statusEntries = new ArrayList<>();

    private TrayController(ExecutorService trayThread, SystemTray tray, Texts texts, Actions actions, Executor fx) {
        this.trayThread = trayThread;
        this.tray = tray;
        this.fx = fx;
        this.actions = actions;
        this.openItem = new MenuItem(texts.open(), event -> fx.execute(actions.open()));
        this.quitItem = new MenuItem(texts.quit(), event -> fx.execute(actions.quit()));
        var menu = tray.getMenu();
        menu.add(openItem);
        menu.add(new Separator());
        menu.add(statusesEnd);
        menu.add(quitItem);
        tray.setImage(StatusIcons.of(AgentStatus.OFFLINE, false));
        tray.setTooltip("Switchboard");
    }

    /**
     * Installs the tray icon where one can be shown. Blocks while the library probes the desktop:
     * call it off the FX thread.
     */
    public static Optional<TrayController> install(Texts texts, Actions actions, Executor fx) {
        ExecutorService trayThread = Executors.newSingleThreadExecutor(BackgroundExecutors.daemonThreads("switchboard-tray"));
        try {
            TrayController controller = CompletableFuture.supplyAsync(() -> {
                SystemTray tray = SystemTray.get("Switchboard");
                return tray == null ? null : new TrayController(trayThread, tray, texts, actions, fx);
            }, trayThread).get(15, TimeUnit.SECONDS);
            if (controller != null) {
                return Optional.of(controller);
            }
            LOG.info("No system tray host on this desktop; notices stay in the window");
        } catch (Exception | LinkageError e) {
            LOG.info("No system tray on this desktop ({}); notices stay in the window", e.toString());
        }
        trayThread.shutdownNow();
        return Optional.empty();
    }

    /** Shows the status as the icon (with a red mark while alerts wait) and in the tooltip. */
    public void showStatus(AgentStatus status, boolean alerting, String tooltip) {
        trayThread.execute(() -> {
            tray.setImage(StatusIcons.of(status, alerting));
            tray.setTooltip(tooltip);
        });
    }

    /** Lists the newest waiting alerts at the top of the menu, clickable; they stay until handled. */
    public void showAlerts(List<AlertItem> alerts) {
        List<AlertItem> listed = List.copyOf(alerts.subList(Math.max(0, alerts.size() - ALERTS_LISTED), alerts.size()));
        trayThread.execute(() -> {
            var menu = tray.getMenu();
            alertEntries.forEach(menu::remove);
            alertEntries.clear();
            int index = 0;
            for (int i = listed.size() - 1; i >= 0; i--) {
                AlertItem alert = listed.get(i);
                alertEntries.add(menu.add(new MenuItem(alert.text(), event -> fx.execute(alert.open())), index++));
            }
            if (!listed.isEmpty()) {
                alertEntries.add(menu.add(new Separator(), index));
            }
        });
    }

    /** Re-labels the menu after a language switch. */
    public void showTexts(Texts texts) {
        trayThread.execute(() -> {
            openItem.setText(texts.open());
            quitItem.setText(texts.quit());
        });
    }

    /** The statuses to pick, in order ({@link TrayStatusMenu}), before the separator above Quit; replaces those shown. */
    public void showStatuses(List<TrayStatusMenu.Item> items) {
        List<TrayStatusMenu.Item> shown = List.copyOf(items);
        trayThread.execute(() -> {
            var menu = tray.getMenu();
            statusEntries.forEach(menu::remove);
            statusEntries.clear();
            int at = menu.getEntries().indexOf(statusesEnd);
            for (TrayStatusMenu.Item item : shown) {
                statusEntries.add(menu.add(new MenuItem(item.label(), event -> fx.execute(() -> actions.setStatus().accept(item))), at++));
            }
        });
    }

    @Override
    public void close() {
        trayThread.execute(tray::shutdown);
        trayThread.shutdown();
    }
}
