package dev.switchboard.app.feature;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.session.LiveSession;
import java.util.List;

/** The features of one workstation, taken through their hooks in list order. FX thread. */
public final class FeatureSet {

    private final List<Feature> features;
    private final AppContext app;

    public FeatureSet(List<Feature> features, AppContext app) {
        this.features = List.copyOf(features);
        this.app = app;
    }

    public AppContext app() {
        return app;
    }

    /** Every feature's migration folders, for opening the cache. */
    public String[] cacheMigrations() {
        return features.stream().flatMap(feature -> feature.cacheMigrations().stream()).toArray(String[]::new);
    }

    /** Puts the features' stores on the opened cache; answers what they keep per account. */
    public List<AccountCache> openStores(CacheDatabase cache) {
        StoreContext stores = new StoreContext(app, cache);
        features.forEach(feature -> feature.openStores(stores));
        return stores.accountCaches();
    }

    /** Lets every feature join {@code live}, which has not started yet. */
    public SessionContext joinSession(LiveSession live) {
        SessionContext session = new SessionContext(app, live);
        features.forEach(feature -> feature.joinSession(session));
        return session;
    }

    /** Asks every feature for its parts of the session's main window. */
    public WindowContext openWindow(SessionContext session, WindowContext.Frame frame) {
        WindowContext window = new WindowContext(session, frame);
        features.forEach(feature -> feature.openWindow(window));
        return window;
    }
}
