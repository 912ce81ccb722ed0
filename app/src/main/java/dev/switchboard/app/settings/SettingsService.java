package dev.switchboard.app.settings;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in effect: applies language and theme to the open windows at once, and stores
 * every change in the cache. FX thread.
 */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final SettingsStore store;
    private final I18n i18n;
    private final ThemeManager themes;
    private final ReadOnlyObjectWrapper<Settings> current = new ReadOnlyObjectWrapper<>();

    public SettingsService(SettingsStore store, I18n i18n, ThemeManager themes, Settings initial) {
        this.store = store;
        this.i18n = i18n;
        this.themes = themes;
        apply(initial);
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return current.getReadOnlyProperty();
    }

    public Settings settings() {
        return current.get();
    }

    public void update(Settings changed) {
        if (changed.equals(current.get())) {
            return;
        }
        apply(changed);
        store.saveSettings(changed).exceptionally(error -> {
            LOG.warn("Could not store the settings", error);
            return null;
        });
    }

    private void apply(Settings settings) {
        current.set(settings);
        if (!settings.language().locale().equals(i18n.locale())) {
            i18n.setLocale(settings.language().locale());
        }
        if (settings.theme() != themes.theme()) {
            themes.setTheme(settings.theme());
        }
    }
}
