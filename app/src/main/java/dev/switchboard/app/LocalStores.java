package dev.switchboard.app;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.feature.FeatureSet;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.settings.SettingsStore;
import dev.switchboard.app.team.TeamStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The local cache of one data folder: the workstation's own stores on it (the session, the team,
 * the settings) and the features', and what of it belongs to the signed-in account.
 */
record LocalStores(CacheDatabase cache, SessionStore sessions, TeamStore team, SettingsStore settings,
                   List<AccountCache> accountCaches) {

    /** Opens the cache in {@code dataHome} with the features' tables; fails when another workstation uses it. */
    static LocalStores open(Path dataHome, Clock clock, FeatureSet features) {
        CacheDatabase cache = CacheDatabase.open(dataHome, clock, features.cacheMigrations());
        TeamStore team = new TeamStore(cache);
        List<AccountCache> accountCaches = new ArrayList<>(List.of(team));
        accountCaches.addAll(features.openStores(cache));
        return new LocalStores(cache, new SessionStore(cache, clock), team, new SettingsStore(cache), List.copyOf(accountCaches));
    }
}
