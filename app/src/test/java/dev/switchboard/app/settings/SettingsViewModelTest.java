package dev.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.shared.settings.AccountSettings;
import dev.switchboard.shared.settings.AccountSettingsRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's model and the settings that arrive from the server while it is open. */
class SettingsViewModelTest {

    static final Settings MINE = new Settings(Language.ENGLISH, AppTheme.LIGHT, true, VisitorPreferences.DEFAULTS, ChatNotifications.DEFAULTS);

    @TempDir
    Path home;
    private CacheDatabase cache;
    private SettingsService service;
    private final List<Settings> changedHere = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cache = CacheDatabase.open(home, Clock.systemUTC());
        service = new SettingsService(new SettingsStore(cache), new I18n(Locale.ENGLISH), new ThemeManager(AppTheme.LIGHT), MINE);
        service.onChangedHere((before, after) -> changedHere.add(after));
    }

    @AfterEach
    void tearDown() {
        cache.close();
    }

    @Test
    void settingsFromTheServerAreShownWholeAndNotTakenForTheAgentsChange() {
        SettingsViewModel model = new SettingsViewModel(service, new I18n(Locale.ENGLISH));
        model.activate();
        Settings fromServer = new Settings(Language.SIMPLIFIED_CHINESE, AppTheme.LIGHT, false,
                new VisitorPreferences(false, true, "gold", ""), new ChatNotifications(true, false, true, true, 90));

        service.updateFromServer(fromServer);

        assertThat(changedHere).as("no field-by-field mix of old and new sent back as the agent's change").isEmpty();
        assertThat(service.settings()).isEqualTo(fromServer);
        assertThat(model.languageProperty().get()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(model.vipMarkerProperty().get()).isEqualTo("gold");

        model.soundProperty().set(true);
        assertThat(changedHere).as("what the agent changes still is").containsExactly(new Settings(Language.SIMPLIFIED_CHINESE, AppTheme.LIGHT,
                true, new VisitorPreferences(false, true, "gold", ""), new ChatNotifications(true, false, true, true, 90)));
        model.deactivate();
    }

    @Test
    void theDocumentHoldsEverySettingWithinTheServersRulesAndReadsBack() {
        Settings long_ = new Settings(Language.SIMPLIFIED_CHINESE, AppTheme.DARK, false,
                new VisitorPreferences(true, false, "v".repeat(60), "您".repeat(600)), new ChatNotifications(false, true, false, true, 3600));

        AccountSettings document = SettingsDocument.of(long_, 3);

        assertThat(AccountSettingsRules.check(document)).as("texts cut to what the server keeps").isEmpty();
        assertThat(document.language()).isEqualTo("zh-CN");
        Settings back = SettingsDocument.settings(document, MINE);
        assertThat(back.theme()).isEqualTo(AppTheme.DARK);
        assertThat(back.visitors().invitationMessage()).hasSize(AccountSettingsRules.MAX_INVITATION_MESSAGE);
        assertThat(back.chatNotifications()).isEqualTo(long_.chatNotifications());
        assertThat(SettingsDocument.settings(AccountSettings.NONE, MINE)).as("an empty document changes nothing").isEqualTo(MINE);
    }
}
