package dev.switchboard.app.settings;

import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings dialog: every choice takes effect at once (live language and theme switch). */
public final class SettingsViewModel {

    private final SettingsService service;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>();
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final BooleanProperty notifyReturning = new SimpleBooleanProperty();
    private final BooleanProperty notifyVip = new SimpleBooleanProperty();
    private final StringProperty vipMarker = new SimpleStringProperty("");
    private final StringProperty invitationMessage = new SimpleStringProperty("");
    private final BooleanProperty notifyNewChats = new SimpleBooleanProperty();
    private final BooleanProperty notifyMessages = new SimpleBooleanProperty();
    private final BooleanProperty notifyTransfers = new SimpleBooleanProperty();
    private final BooleanProperty notifyLongWait = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> longWaitSeconds = new SimpleObjectProperty<>(ChatNotifications.DEFAULTS.longWaitSeconds());
    /** While the fields are being set from the settings in effect: each field set is not a change of the agent's. */
    private boolean showing;

    public SettingsViewModel(SettingsService service, I18n i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    public void activate() {
        disposer.observe(service.settingsProperty(), settings -> {
            // settings from the server change every field at once; applying each alone would mix old and new
            showing = true;
            try {
                show(settings);
            } finally {
                showing = false;
            }
        });
        disposer.listen(language, (observable, before, now) -> apply());
        disposer.listen(theme, (observable, before, now) -> apply());
        disposer.listen(sound, (observable, before, now) -> apply());
        disposer.listen(notifyReturning, (observable, before, now) -> apply());
        disposer.listen(notifyVip, (observable, before, now) -> apply());
        disposer.listen(vipMarker, (observable, before, now) -> apply());
        disposer.listen(invitationMessage, (observable, before, now) -> apply());
        for (BooleanProperty chatSwitch : List.of(notifyNewChats, notifyMessages, notifyTransfers, notifyLongWait)) {
            disposer.listen(chatSwitch, (observable, before, now) -> apply());
        }
        disposer.listen(longWaitSeconds, (observable, before, now) -> apply());
    }

    private void show(Settings settings) {
        language.set(settings.language());
        theme.set(settings.theme());
        sound.set(settings.notificationSound());
        notifyReturning.set(settings.visitors().notifyReturning());
        notifyVip.set(settings.visitors().notifyVip());
        vipMarker.set(settings.visitors().vipMarker());
        invitationMessage.set(settings.visitors().invitationMessage());
        ChatNotifications chats = settings.chatNotifications();
        notifyNewChats.set(chats.newChats());
        notifyMessages.set(chats.messages());
        notifyTransfers.set(chats.transfers());
        notifyLongWait.set(chats.longWait());
        longWaitSeconds.set(chats.longWaitSeconds());
    }

    public void deactivate() {
        disposer.dispose();
    }

    private void apply() {
        if (!showing && language.get() != null && theme.get() != null) {
            service.update(new Settings(language.get(), theme.get(), sound.get(), new VisitorPreferences(
                    notifyReturning.get(), notifyVip.get(), vipMarker.get(), invitationMessage.get()),
                    new ChatNotifications(notifyNewChats.get(), notifyMessages.get(), notifyTransfers.get(), notifyLongWait.get(),
                            longWaitSeconds.get() == null ? ChatNotifications.DEFAULTS.longWaitSeconds() : longWaitSeconds.get())));
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

    public BooleanProperty notifyReturningProperty() {
        return notifyReturning;
    }

    public BooleanProperty notifyVipProperty() {
        return notifyVip;
    }

    public StringProperty vipMarkerProperty() {
        return vipMarker;
    }

    /** Blank means the default text in the UI language, which the field shows as its prompt. */
    public StringProperty invitationMessageProperty() {
        return invitationMessage;
    }

    public BooleanProperty notifyNewChatsProperty() {
        return notifyNewChats;
    }

    public BooleanProperty notifyMessagesProperty() {
        return notifyMessages;
    }

    public BooleanProperty notifyTransfersProperty() {
        return notifyTransfers;
    }

    public BooleanProperty notifyLongWaitProperty() {
        return notifyLongWait;
    }

    /** After how many seconds in the queue a visitor counts as waiting long. */
    public ObjectProperty<Integer> longWaitSecondsProperty() {
        return longWaitSeconds;
    }

    public I18n i18n() {
        return i18n;
    }
}
