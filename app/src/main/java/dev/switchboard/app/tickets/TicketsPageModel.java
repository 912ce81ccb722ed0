package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.tickets.Ticket;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Tickets page: the queue's list, and beside it the open ticket or the form for a new one. It
 * reads what the tickets' keys mean (statuses, categories) when it opens, and hands the change
 * log's ticket events, coalesced into one batch per frame, to the list and the open ticket. FX thread.
 */
final class TicketsPageModel {

    /** What shows beside the list. */
    enum Beside { NOTHING, TICKET, NEW_TICKET }

    private final TicketSource source;
    private final TicketChanges changes;
    private final I18n i18n;
    private final Executor fx;
    private final ObservableValue<TeamSnapshot> team;
    private final Agent self;
    private final ObjectProperty<TicketTerms> terms = new SimpleObjectProperty<>(TicketTerms.EMPTY);
    private final TicketListModel list;
    private final TicketModel ticket;
    private final NewTicketModel newTicket;
    private final ReadOnlyObjectWrapper<Beside> beside = new ReadOnlyObjectWrapper<>(Beside.NOTHING);
    private final FormErrors errors;
    private final TicketExtras extras;

    /** @param background searches and sorts the list (ADR 0044): a serial executor */
    TicketsPageModel(TicketSource source, TicketChanges changes, I18n i18n, Executor fx, Executor background, ObservableValue<TeamSnapshot> team,
                     Agent self, TicketExtras extras) {
        this.source = source;
        this.changes = changes;
        this.i18n = i18n;
        this.fx = fx;
        this.team = team;
        this.self = self;
        this.errors = new FormErrors(i18n);
        this.list = new TicketListModel(source, i18n, fx, background, this::me, terms);
        this.ticket = new TicketModel(source, i18n, fx, terms);
        this.newTicket = new NewTicketModel(source, i18n, fx, this::made);
        this.extras = extras;
        TicketCustomFieldsHook.wire(extras, terms, ticket, newTicket, this::open);
    }

    /** Reads statuses and categories, follows the team and the change log while the page shows, and reads the list. */
    void activate(Disposer disposer) {
        Coalescer<List<TicketEvent>> toFx = new Coalescer<>(fx, batches -> {
            List<TicketEvent> events = batches.stream().flatMap(List::stream).toList();
            list.apply(events);
            ticket.apply(events);
        });
        disposer.onDispose(changes.listen(toFx::offer));
        disposer.observe(team, snapshot -> terms.set(terms.get().withTeam(snapshot)));
        disposer.listen(list.queueProperty(), (observable, before, now) -> list.reload());
        extras.follow(disposer, source, terms, team);
        source.statuses().thenCombine(source.categories(), (statuses, categories) -> new TicketTerms(statuses, categories, team.getValue()))
                .whenCompleteAsync((read, failure) -> {
                    if (failure != null) {
                        errors.show(failure);
                        return;
                    }
                    errors.clear();
                    terms.set(read.withTeam(team.getValue()));
                    list.reload();
                }, fx);
        if (ticket.ticketProperty().get() != null) {
            ticket.open(ticket.ticketProperty().get().id());
        }
    }

    TicketExtras extras() {
        return extras;
    }

    /** The open ticket's custom fields and panels (ADR 0039). */
    TicketPanels panels(java.time.ZoneId zone) {
        return new TicketPanels(ticket, source, extras, terms, i18n, zone, fx);
    }

    ObjectProperty<TicketTerms> termsProperty() {
        return terms;
    }

    TicketListModel list() {
        return list;
    }

    TicketModel ticket() {
        return ticket;
    }

    NewTicketModel newTicket() {
        return newTicket;
    }

    ReadOnlyObjectProperty<Beside> besideProperty() {
        return beside.getReadOnlyProperty();
    }

    /** Why the page could not read what it needs. */
    FormErrors errors() {
        return errors;
    }

    I18n i18n() {
        return i18n;
    }

    /** The agent signed in, as the team has them now (their groups may have changed). */
    Agent me() {
        TeamSnapshot snapshot = team.getValue();
        return snapshot == null ? self : snapshot.agent(self.id()).orElse(self);
    }

    void open(long ticketId) {
        beside.set(Beside.TICKET);
        ticket.open(ticketId);
    }

    /** Opens a ticket just made here, and lists it where it belongs without waiting for the change log. */
    void made(Ticket made) {
        beside.set(Beside.TICKET);
        ticket.opened(made);
        list.apply(List.of(new TicketEvent.Changed(made)));
    }

    void startNew() {
        beside.set(Beside.NEW_TICKET);
    }
}
