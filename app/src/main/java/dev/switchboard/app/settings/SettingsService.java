package dev.switchboard.app.settings;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in effect: applies language and theme to the open windows at once, and stores
 * every change in the cache. The agent's changes are also told to whoever follows them (the
 * session's {@link SettingsSync}, which takes them to the server); settings that come from the
 * server are applied and cached without being told back. FX thread.
 */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final SettingsStore store;
    private final I18n i18n;
    private final ThemeManager themes;
    private final ReadOnlyObjectWrapper<Settings> current = new ReadOnlyObjectWrapper<>();
    private final List<BiConsumer<Settings, Settings>> changedHere = new CopyOnWriteArrayList<>();

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

    /** The agent changed their settings on this workstation. */
    public void update(Settings changed) {
        Settings before = current.get();
        if (changed.equals(before)) {
            return;
        }
        applyAndStore(changed);
        changedHere.forEach(listener -> listener.accept(before, changed));
    }

    /** Settings stored on the server (from another workstation, or this one's merged): applied and cached, not told back. */
    public void updateFromServer(Settings stored) {
        if (!stored.equals(current.get())) {
            applyAndStore(stored);
        }
    }

    /** Tells {@code listener} each change the agent makes here, with the settings before and after; the answer stops it. */
    public Runnable onChangedHere(BiConsumer<Settings, Settings> listener) {
        changedHere.add(listener);
        return () -> changedHere.remove(listener);
    }

    private void applyAndStore(Settings settings) {
        apply(settings);
        store.saveSettings(settings).exceptionally(error -> {
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
