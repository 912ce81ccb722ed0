package dev.switchboard.app.settings;

import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.MenuEntry;
import dev.switchboard.app.feature.WindowContext;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The settings dialog, from the agent's menu: language, theme, sound, notifications, and the
 * password. The settings themselves are the workstation's (it needs the language before anyone
 * signs in), which offers its {@link SettingsService} to every feature.
 */
public final class SettingsFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        SettingsWindow settings = new SettingsWindow(window.require(SettingsService.class), window.app(), window.live().session(),
                window::owner);
        window.menuEntry(new MenuEntry("settingsItem", "menu.settings", Material2MZ.SETTINGS, settings::open));
        window.onClose(settings::close);
    }
}
