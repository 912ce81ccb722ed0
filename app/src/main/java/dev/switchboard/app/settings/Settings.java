package dev.switchboard.app.settings;

import dev.switchboard.app.platform.AppTheme;
import java.util.Locale;

/** The agent's choices for this machine. */
public record Settings(Language language, AppTheme theme, boolean notificationSound, VisitorPreferences visitors,
                       ChatNotifications chatNotifications) {

    /** Before the agent chose anything: the system's language, light theme, sound on, visitor and chat notices on. */
    public static Settings defaults(Locale systemLocale) {
        return new Settings(Language.forLocale(systemLocale), AppTheme.LIGHT, true, VisitorPreferences.DEFAULTS,
                ChatNotifications.DEFAULTS);
    }

    public Settings withLanguage(Language newLanguage) {
        return new Settings(newLanguage, theme, notificationSound, visitors, chatNotifications);
    }
}
