package dev.switchboard.app.tickets;

import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.history.HistoryApi;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Role;
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
    public void joinSession(SessionContext session) {
        TicketChanges changes = new TicketChanges();
        changes.entities().forEach(session::sync);
        session.provide(TicketChanges.class, changes);
        // live setup and SLA alerts (ADR 0039)
        TicketSetupChanges setup = new TicketSetupChanges();
        setup.entities().forEach(session::sync);
        session.provide(TicketSetupChanges.class, setup);
        TicketSlaEvents slaEvents = new TicketSlaEvents();
        session.sync(slaEvents);
        session.provide(TicketSlaEvents.class, slaEvents);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        Session account = window.live().session();
        TicketsApi api = new TicketsApi(app.api(), account, app.background().io());
        TicketExtras extras = new TicketExtras(window.ticker(), window.require(TicketSetupChanges.class),
                new TicketLookups(app.api(), account, app.background().io()),
                new HistoryApi(app.api(), account.server(), account.token(), app.background().io()), app.fx());
        TicketsPageModel model = new TicketsPageModel(api, window.require(TicketChanges.class), app.i18n(), app.fx(),
                window.live().team().snapshotProperty(), account.agent(), extras);
        TicketAlerts alerts = new TicketAlerts(window.alerts(), window.require(TicketChanges.class), window.require(TicketSlaEvents.class), api,
                account.agent().id(), id -> PAGE.equals(window.pages().shown().getValue()) && Boolean.TRUE.equals(window.focused().getValue())
                && model.ticket().ticketProperty().get() != null && model.ticket().ticketProperty().get().id() == id,
                app.i18n(), app.clock(), app.fx());
        window.alertSource(alerts);
        model.ticket().ticketProperty().addListener((observable, before, shown) -> {
            if (shown != null && (before == null || before.id() != shown.id())) {
                alerts.opened(shown.id());
            }
        });
        window.page(PageEntry.of(PAGE, Material2MZ.RECEIPT_LONG, Role.AGENT, () -> new TicketsView(model, app.zone(), account.agent().role())));
        window.opens(TicketDestination.class, destination -> {
            window.pages().show(PAGE);
            model.open(destination.ticketId());
            alerts.opened(destination.ticketId());
        });
        window.require(ChatTabActions.class).add(new ChatTabActions.Action("chatCreateTicket", "tickets.fromChat", Material2AL.ASSIGNMENT,
                (chat, owner) -> api.createFromChat(chat.id()).whenCompleteAsync((ticket, failure) -> {
                    if (failure != null) {
                        app.notices().post(new Notice(Notice.Level.DANGER, app.i18n().get("tickets.fromChat.failed"), false));
                    } else {
                        window.navigator().open(new TicketDestination(ticket.id()));
                    }
                }, app.fx())));
    }
}
