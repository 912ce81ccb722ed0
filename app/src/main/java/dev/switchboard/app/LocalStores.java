package dev.switchboard.app;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.ChatStore;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.settings.SettingsStore;
import dev.switchboard.app.team.TeamStore;
import java.nio.file.Path;
import java.time.Clock;

/** The local cache of one data folder and the stores on it, each feature's own. */
record LocalStores(CacheDatabase cache, SessionStore sessions, TeamStore team, ChatStore chats, CannedReplies canned,
                   SettingsStore settings) {

    /** Opens the cache in {@code dataHome}; fails when another workstation uses it. */
    static LocalStores open(Path dataHome, Clock clock) {
        CacheDatabase cache = CacheDatabase.open(dataHome, clock);
        return new LocalStores(cache, new SessionStore(cache, clock), new TeamStore(cache), new ChatStore(cache),
                new CannedReplies(cache), new SettingsStore(cache));
    }
}
