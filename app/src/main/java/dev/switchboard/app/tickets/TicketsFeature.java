package dev.switchboard.app.tickets;

import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.history.HistoryApi;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.tickets.offline.OfflineTicketCache;
import dev.switchboard.app.tickets.together.TicketViewersModel;
import dev.switchboard.app.tickets.together.TogetherApi;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.together.TicketViewers;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Tickets, online (ADR 0033): the Tickets page with its queues, the open ticket and the form for a
 * new one; "Create ticket" on every chat tab; the change log's ticket entries keep what shows up to
 * date. Comes after the chat feature, whose tabs it adds to.
 */
public final class TicketsFeature implements Feature {

    static final String PAGE = "TICKETS";

    @Override
    public List<String> cacheMigrations() {
        return List.of(OfflineTicketCache.MIGRATIONS);
    }

    @Override
    public void openStores(StoreContext stores) {
        OfflineTicketCache cache = new OfflineTicketCache(stores.cache());
        stores.provide(OfflineTicketCache.class, cache);
        stores.accountCache(cache);
    }

    @Override
    public void joinSession(SessionContext session) {
        TicketChanges changes = new TicketChanges();
        // offline work (ADR 0038): the cache keeps the change log's ticket entries and rings the views
        session.provide(OfflineTicketWiring.class, OfflineTicketWiring.join(session, changes));
        session.provide(TicketChanges.class, changes);
        // live setup and SLA alerts (ADR 0039)
        TicketSetupChanges setup = new TicketSetupChanges();
        setup.entities().forEach(session::sync);
        session.provide(TicketSetupChanges.class, setup);
        TicketSlaEvents slaEvents = new TicketSlaEvents();
        session.sync(slaEvents);
        session.provide(TicketSlaEvents.class, slaEvents);
        // issue 13, collision detection (ADR 0037): who else has a ticket open or writes on it
        TicketViewersModel viewers = new TicketViewersModel(session.live()::tell, session.app().background().scheduler(), session.app().fx(),
                session.session().agent().id());
        session.handle(TicketViewers.VIEWERS, TicketViewers.Viewers.class, viewers::heard);
        session.onConnectionChanged(viewers::connectionChanged);
        session.provide(TicketViewersModel.class, viewers);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        // offline work (ADR 0038): the views read and write through the cache and its outbox
        OfflineTicketWiring offline = window.require(OfflineTicketWiring.class);
        TicketSource source = offline.source();
        TicketExtras extras = new TicketExtras(window.ticker(), window.require(TicketSetupChanges.class),
                new TicketLookups(app.api(), account, app.background().io()),
                new HistoryApi(app.api(), account.server(), account.token(), app.background().io()), app.fx());
        // the list is searched and sorted on a thread of its own (ADR 0044): in order, a request replaced by a newer one skipped
        TicketsPageModel model = new TicketsPageModel(source, window.require(TicketChanges.class), app.i18n(), app.fx(),
                app.background().newSerialExecutor("ticket-list"), window.live().team().snapshotProperty(), account.agent(), extras);
        model.ticket().keepDrafts(offline.drafts());
        model.ticket().reminder().tellTime(app.clock(), app.zone());
        NewTicketDrafts.keep(model.newTicket(), offline.drafts(), app.fx());
        TicketAlerts alerts = new TicketAlerts(window.alerts(), window.require(TicketChanges.class), window.require(TicketSlaEvents.class), source,
                account.agent().id(), id -> PAGE.equals(window.pages().shown().getValue()) && Boolean.TRUE.equals(window.focused().getValue())
                && model.ticket().ticketProperty().get() != null && model.ticket().ticketProperty().get().id() == id,
                app.i18n(), app.clock(), app.fx());
        window.alertSource(alerts);
        model.ticket().ticketProperty().addListener((observable, before, shown) -> {
            if (shown != null && (before == null || before.id() != shown.id())) {
                alerts.opened(shown.id());
            }
        });
        TogetherApi together = new TogetherApi(app.api(), account, app.background().io());
        window.page(PageEntry.of(PAGE, Material2MZ.RECEIPT_LONG, Role.AGENT,
                () -> OfflineTicketsPage.around(new TicketsView(model, app.zone(), account.agent().role(),
                        table -> new TicketsTogether(model, together, window.require(TicketViewersModel.class), app.fx(), account.agent().role(), table)),
                        model, offline, app.zone())));
        window.opens(TicketDestination.class, destination -> {
            window.pages().show(PAGE);
            model.open(destination.ticketId());
            alerts.opened(destination.ticketId());
        });
        window.require(ChatTabActions.class).add(new ChatTabActions.Action("chatCreateTicket", "tickets.fromChat", Material2AL.ASSIGNMENT,
                (chat, owner) -> source.createFromChat(chat.id()).whenCompleteAsync((ticket, failure) -> {
                    if (failure != null) {
                        app.notices().post(new Notice(Notice.Level.DANGER, app.i18n().get("tickets.fromChat.failed"), false));
                    } else {
                        window.navigator().open(new TicketDestination(ticket.id()));
                    }
                }, app.fx())));
    }
}
