package dev.switchboard.app.settings;

import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The settings dialog: every choice takes effect at once (live language and theme switch). */
public final class SettingsViewModel {

    private final SettingsService service;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty sound = new SimpleBooleanProperty();

    public SettingsViewModel(SettingsService service, I18n i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    public void activate() {
        disposer.observe(service.settingsProperty(), settings -> {
            language.set(settings.language());
            theme.set(settings.theme());
            sound.set(settings.notificationSound());
        });
        disposer.listen(language, (observable, before, now) -> apply());
        disposer.listen(theme, (observable, before, now) -> apply());
        disposer.listen(sound, (observable, before, now) -> apply());
    }

    public void deactivate() {
        disposer.dispose();
    }

    private void apply() {
        if (language.get() != null && theme.get() != null) {
            service.update(new Settings(language.get(), theme.get(), sound.get()));
        }
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<AppTheme> themeProperty() {
        return theme;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    public I18n i18n() {
        return i18n;
    }
}
