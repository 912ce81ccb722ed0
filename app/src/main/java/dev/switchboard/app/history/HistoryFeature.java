package dev.switchboard.app.history;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Chat history: the History page searches past chats on the server (an agent's own, a
 * supervisor's groups', everyone's for an administrator), opens and exports transcripts, and keeps
 * those opened in the cache for reading offline.
 */
public final class HistoryFeature implements Feature {

    @Override
    public List<String> cacheMigrations() {
        return List.of(TranscriptCache.MIGRATIONS);
    }

    @Override
    public void openStores(StoreContext stores) {
        TranscriptCache cache = new TranscriptCache(stores.cache(), stores.clock());
        stores.provide(TranscriptCache.class, cache);
        stores.accountCache(cache);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        HistoryApi api = new HistoryApi(app.api(), account.server(), account.token(), app.background().io());
        TranscriptCache cache = window.require(TranscriptCache.class);
        window.page(PageEntry.of("HISTORY", Material2AL.HISTORY, Role.AGENT, () -> new HistoryView(
                new HistoryViewModel(new HistoryViewModel.Sources(api, cache, app.fx(), app.zone()), app.i18n()),
                window.live().team().snapshotProperty(), window::owner)));
    }
}
