package dev.switchboard.app.tickets;

import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.tickets.together.TicketViewersModel;
import dev.switchboard.app.tickets.together.TogetherApi;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.together.TicketViewers;
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
        TicketsApi api = new TicketsApi(app.api(), account, app.background().io());
        TicketsPageModel model = new TicketsPageModel(api, window.require(TicketChanges.class), app.i18n(), app.fx(),
                window.live().team().snapshotProperty(), account.agent());
        TogetherApi together = new TogetherApi(app.api(), account, app.background().io());
        window.page(PageEntry.of(PAGE, Material2MZ.RECEIPT_LONG, Role.AGENT, () -> new TicketsView(model, app.zone(), account.agent().role(),
                table -> new TicketsTogether(model, together, window.require(TicketViewersModel.class), app.fx(), account.agent().role(), table))));
        window.opens(TicketDestination.class, destination -> {
            window.pages().show(PAGE);
            model.open(destination.ticketId());
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
