package dev.switchboard.app.settings;

import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.shared.settings.AccountSettings;
import dev.switchboard.shared.settings.AccountSettingsRules;

/** The workstation's {@link Settings} as the server's per-account document, and back. */
final class SettingsDocument {

    private SettingsDocument() {
    }

    /**
     * The document of {@code settings}. Texts longer than the server stores are cut to its limit
     * (the invitation could not send more either), so a document from this workstation is never refused.
     */
    static AccountSettings of(Settings settings, long version) {
        ChatNotifications chats = settings.chatNotifications();
        VisitorPreferences visitors = settings.visitors();
        return new AccountSettings(version, code(settings.language()), settings.theme().name(), settings.notificationSound(),
                chats.newChats(), chats.messages(), chats.transfers(), chats.longWait(), chats.longWaitSeconds(),
                visitors.notifyReturning(), visitors.notifyVip(),
                clip(visitors.vipMarker().replaceAll("\\p{Cntrl}", ""), AccountSettingsRules.MAX_VIP_MARKER),
                clip(visitors.invitationMessage(), AccountSettingsRules.MAX_INVITATION_MESSAGE));
    }

    /** The settings a document holds; a field it lacks or this version does not know keeps {@code fallback}'s value. */
    static Settings settings(AccountSettings document, Settings fallback) {
        ChatNotifications chats = fallback.chatNotifications();
        VisitorPreferences visitors = fallback.visitors();
        return new Settings(
                language(document.language(), fallback.language()),
                theme(document.theme(), fallback.theme()),
                or(document.notificationSound(), fallback.notificationSound()),
                new VisitorPreferences(or(document.notifyReturningVisitors(), visitors.notifyReturning()),
                        or(document.notifyVipVisitors(), visitors.notifyVip()),
                        or(document.vipMarker(), visitors.vipMarker()),
                        or(document.invitationMessage(), visitors.invitationMessage())),
                new ChatNotifications(or(document.notifyNewChats(), chats.newChats()), or(document.notifyMessages(), chats.messages()),
                        or(document.notifyTransfers(), chats.transfers()), or(document.notifyLongWait(), chats.longWait()),
                        or(document.longWaitSeconds(), chats.longWaitSeconds())));
    }

    static String code(Language language) {
        return language == Language.SIMPLIFIED_CHINESE ? "zh-CN" : "en";
    }

    private static Language language(String code, Language fallback) {
        if ("zh-CN".equals(code)) {
            return Language.SIMPLIFIED_CHINESE;
        }
        return "en".equals(code) ? Language.ENGLISH : fallback;
    }

    private static AppTheme theme(String name, AppTheme fallback) {
        for (AppTheme theme : AppTheme.values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return fallback;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
