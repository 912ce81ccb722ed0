package dev.switchboard.app.visitors;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.levels.CustomerLevelChoices;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.ws.MessageTypes;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The visitors on the site: the live list the agent socket pushes, the notices about returning
 * visitors and VIPs, and the Visitors page with their details, invitations and blocks.
 */
public final class VisitorsFeature implements Feature {

    @Override
    public void joinSession(SessionContext session) {
        AppContext app = session.app();
        VisitorFeed feed = new VisitorFeed(app.fx(), app.clock());
        session.handle(MessageTypes.VISITORS_SNAPSHOT, VisitorBatch.class, batch -> feed.accept(batch, true));
        session.handle(MessageTypes.VISITORS_BATCH, VisitorBatch.class, batch -> feed.accept(batch, false));
        // Every agent's workstation shows the visitor list and its arrival notices, so it always subscribes.
        session.subscribeOnConnect(MessageTypes.VISITORS_SUBSCRIBE);
        SettingsService settings = session.require(SettingsService.class);
        feed.onArrivals(new ArrivalNotifier(() -> settings.settings().visitors(), app.i18n(), app.notices(), app.clock()));
        session.provide(VisitorFeed.class, feed);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        VisitorFeed feed = window.require(VisitorFeed.class);
        SettingsService settings = window.require(SettingsService.class);
        VisitorsViewModel.Services services = new VisitorsViewModel.Services(
                new RestVisitorService(app.api(), account.server(), account.token(), app.background().io()),
                () -> settings.settings().visitors(), app.notices(), app.clock(), app.zone(), app.background().scheduler(), app.fx(),
                window.require(CustomerLevelChoices.class).names());
        window.page(PageEntry.of("VISITORS", Material2MZ.PUBLIC, Role.AGENT,
                () -> new VisitorsView(new VisitorsViewModel(feed, app.i18n(), services), app.themes())));
    }
}
