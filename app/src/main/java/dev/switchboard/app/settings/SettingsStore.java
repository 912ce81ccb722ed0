package dev.switchboard.app.settings;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.platform.AppTheme;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;

/** Settings and the remembered login as name/value rows in the local cache. */
public final class SettingsStore {

    private static final String LANGUAGE = "ui.language";
    private static final String THEME = "ui.theme";
    private static final String SOUND = "ui.notificationSound";
    private static final String NOTIFY_RETURNING = "visitors.notifyReturning";
    private static final String NOTIFY_VIP = "visitors.notifyVip";
    private static final String VIP_MARKER = "visitors.vipMarker";
    private static final String INVITATION_MESSAGE = "visitors.invitationMessage";
    private static final String NOTIFY_NEW_CHATS = "chats.notifyNewChats";
    private static final String NOTIFY_MESSAGES = "chats.notifyMessages";
    private static final String NOTIFY_TRANSFERS = "chats.notifyTransfers";
    private static final String NOTIFY_LONG_WAIT = "chats.notifyLongWait";
    private static final String LONG_WAIT_SECONDS = "chats.longWaitSeconds";
    private static final String REMEMBER = "login.remember";
    private static final String SERVER = "login.server";
    private static final String LOGIN = "login.login";

    private final CacheDatabase db;

    public SettingsStore(CacheDatabase db) {
        this.db = db;
    }

    /** The stored settings; any value missing or unknown (e.g. from a newer version) takes its default. */
    public CompletableFuture<Settings> loadSettings(Settings defaults) {
        return db.transaction(handle -> {
            Map<String, String> values = all(handle);
            VisitorPreferences visitors = defaults.visitors();
            return new Settings(
                    parse(Language.class, values.get(LANGUAGE), defaults.language()),
                    parse(AppTheme.class, values.get(THEME), defaults.theme()),
                    flag(values, SOUND, defaults.notificationSound()),
                    new VisitorPreferences(
                            flag(values, NOTIFY_RETURNING, visitors.notifyReturning()),
                            flag(values, NOTIFY_VIP, visitors.notifyVip()),
                            values.getOrDefault(VIP_MARKER, visitors.vipMarker()),
                            values.getOrDefault(INVITATION_MESSAGE, visitors.invitationMessage())),
                    chatNotifications(values, defaults.chatNotifications()));
        });
    }

    private static ChatNotifications chatNotifications(Map<String, String> values, ChatNotifications defaults) {
        int seconds = defaults.longWaitSeconds();
        try {
            seconds = Integer.parseInt(values.getOrDefault(LONG_WAIT_SECONDS, Integer.toString(seconds)));
        } catch (NumberFormatException unreadable) {
            // keeps the default, as for any value this version does not understand
        }
        return new ChatNotifications(flag(values, NOTIFY_NEW_CHATS, defaults.newChats()), flag(values, NOTIFY_MESSAGES, defaults.messages()),
                flag(values, NOTIFY_TRANSFERS, defaults.transfers()), flag(values, NOTIFY_LONG_WAIT, defaults.longWait()), seconds);
    }

    public CompletableFuture<Void> saveSettings(Settings settings) {
        return db.transaction(handle -> {
            put(handle, LANGUAGE, settings.language().name());
            put(handle, THEME, settings.theme().name());
            put(handle, SOUND, Boolean.toString(settings.notificationSound()));
            put(handle, NOTIFY_RETURNING, Boolean.toString(settings.visitors().notifyReturning()));
            put(handle, NOTIFY_VIP, Boolean.toString(settings.visitors().notifyVip()));
            put(handle, VIP_MARKER, settings.visitors().vipMarker());
            put(handle, INVITATION_MESSAGE, settings.visitors().invitationMessage());
            ChatNotifications chats = settings.chatNotifications();
            put(handle, NOTIFY_NEW_CHATS, Boolean.toString(chats.newChats()));
            put(handle, NOTIFY_MESSAGES, Boolean.toString(chats.messages()));
            put(handle, NOTIFY_TRANSFERS, Boolean.toString(chats.transfers()));
            put(handle, NOTIFY_LONG_WAIT, Boolean.toString(chats.longWait()));
            put(handle, LONG_WAIT_SECONDS, Integer.toString(chats.longWaitSeconds()));
            return null;
        });
    }

    public CompletableFuture<LoginMemory> loadLoginMemory() {
        return db.transaction(handle -> {
            Map<String, String> values = all(handle);
            if (!values.containsKey(REMEMBER)) {
                return LoginMemory.FIRST_START;
            }
            return new LoginMemory(Boolean.parseBoolean(values.get(REMEMBER)),
                    values.getOrDefault(SERVER, ""), values.getOrDefault(LOGIN, ""));
        });
    }

    /** Remembers server and login, or forgets them when the agent unticked "remember". */
    public CompletableFuture<Void> saveLoginMemory(LoginMemory memory) {
        return db.transaction(handle -> {
            put(handle, REMEMBER, Boolean.toString(memory.remember()));
            put(handle, SERVER, memory.remember() ? memory.server() : "");
            put(handle, LOGIN, memory.remember() ? memory.login() : "");
            return null;
        });
    }

    private static Map<String, String> all(Handle handle) {
        Map<String, String> values = new HashMap<>();
        handle.createQuery("SELECT name, setting_value FROM app_setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        return values;
    }

    private static void put(Handle handle, String name, String value) {
        handle.createUpdate("MERGE INTO app_setting (name, setting_value) KEY (name) VALUES (:name, :value)")
                .bind("name", name).bind("value", value).execute();
    }

    private static boolean flag(Map<String, String> values, String name, boolean fallback) {
        return values.containsKey(name) ? Boolean.parseBoolean(values.get(name)) : fallback;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
