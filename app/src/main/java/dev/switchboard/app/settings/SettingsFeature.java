package dev.switchboard.app.settings;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.MenuEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.session.Session;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The settings dialog, from the agent's menu: language, theme, sound, notifications, and the
 * password. The settings themselves are the workstation's (it needs the language before anyone
 * signs in), which offers its {@link SettingsService} to every feature; each signed-in session
 * keeps them in step with the account's settings on the server ({@link SettingsSync}).
 */
public final class SettingsFeature implements Feature {

    @Override
    public List<String> cacheMigrations() {
        return List.of("db/settings");
    }

    @Override
    public void openStores(StoreContext stores) {
        stores.provide(SettingsSyncStore.class, new SettingsSyncStore(stores.cache()));
    }

    @Override
    public void joinSession(SessionContext session) {
        AppContext app = session.app();
        Session account = session.session();
        SettingsService settings = session.require(SettingsService.class);
        ExecutorService serial = app.background().newSerialExecutor("settings-sync");
        SettingsSync sync = new SettingsSync(new SettingsApi(app.api(), account), session.require(SettingsSyncStore.class),
                account.server() + "#" + account.agent().id(), settings, serial, app.fx());
        Runnable stopFollowing = settings.onChangedHere(sync::changedHere);
        session.sync(new StoredSettings(sync::storedOnServer));
        session.beforeConnect(sync::load);
        session.onConnectionChanged(sync::connectionChanged);
        session.onClose(() -> {
            stopFollowing.run();
            // what was queued (a change to cache, to send) still runs; nothing new is taken
            CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> { }, serial);
            sync.close();
            return drained;
        });
    }

    @Override
    public void openWindow(WindowContext window) {
        SettingsWindow settings = new SettingsWindow(window.require(SettingsService.class), window.app(), window.live().session(),
                window::owner);
        window.menuEntry(new MenuEntry("settingsItem", "menu.settings", Material2MZ.SETTINGS, settings::open));
        window.onClose(settings::close);
    }
}
