package dev.switchboard.app.sites;

import dev.switchboard.app.admin.AdminSection;
import dev.switchboard.app.admin.AdminSections;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Sites and the widget, a section of the Administration page for administrators: each site's
 * allowed origins, the widget's colours, corner and texts, the pre-chat form, the embed tag, a live
 * preview here and the real widget in a browser. The sites are cached and kept by the change log.
 */
public final class SitesFeature implements Feature {

    @Override
    public List<String> cacheMigrations() {
        return List.of(SiteDirectory.MIGRATIONS);
    }

    @Override
    public void openStores(StoreContext stores) {
        SiteDirectory directory = new SiteDirectory(stores.cache());
        stores.provide(SiteDirectory.class, directory);
        stores.accountCache(directory);
    }

    @Override
    public void joinSession(SessionContext session) {
        SiteDirectory directory = session.require(SiteDirectory.class);
        session.sync(directory);
        session.beforeConnect(directory::load);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        SiteDirectory directory = window.require(SiteDirectory.class);
        window.require(AdminSections.class).add(new AdminSection("sites", Material2AL.LANGUAGE, Role.ADMIN, () -> {
            SitesApi api = new SitesApi(app.api(), window.live().session(), app.background().io());
            SiteEditorViewModel editor = new SiteEditorViewModel(api, directory, new BrowserOpener(app.background().io()), app.i18n(), app.fx());
            return new SitesView(new SitesViewModel(api, directory, editor, app.i18n(), app.fx()), app.i18n());
        }));
    }
}
