package dev.switchboard.app.feature;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Where a feature puts its stores, once per workstation: on the open cache, offered to the sessions. */
public final class StoreContext {

    private final AppContext app;
    private final CacheDatabase cache;
    private final List<AccountCache> accountCaches = new ArrayList<>();

    StoreContext(AppContext app, CacheDatabase cache) {
        this.app = app;
        this.cache = cache;
    }

    public CacheDatabase cache() {
        return cache;
    }

    public Clock clock() {
        return app.clock();
    }

    /** Offers a store to the feature's sessions (and to other features). */
    public <T> void provide(Class<T> type, T store) {
        app.provide(type, store);
    }

    /** Cached data of the signed-in account, forgotten when another account signs in on this machine. */
    public void accountCache(AccountCache cache) {
        accountCaches.add(cache);
    }

    List<AccountCache> accountCaches() {
        return List.copyOf(accountCaches);
    }
}
