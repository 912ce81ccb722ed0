package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.together.ListScope;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.tickets.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The ticket list of the Tickets page: the chosen queue's tickets, read from the source and then
 * kept up to date by the change log's events (a changed ticket takes its place, or leaves when it no
 * longer belongs; one out of sight leaves), searchable in what the row shows. Events that arrive
 * while a read is under way are applied on top of its answer, so none is lost to a slow read. FX thread.
 */
final class TicketListModel {

    private final TicketSource source;
    private final Executor fx;
    private final Supplier<Agent> me;
    private final ObjectProperty<TicketTerms> terms;
    private final ObjectProperty<TicketQueue> queue = new SimpleObjectProperty<>(TicketQueue.MINE);
    /** A saved view listed instead of the queue (issue 13, ADR 0037); null: the queue. */
    private final ObjectProperty<ListScope> savedView = new SimpleObjectProperty<>();
    private final ObservableList<Ticket> items = FXCollections.observableArrayList();
    private final FilteredList<Ticket> shown = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final FormErrors errors;
    private final List<TicketEvent> duringRead = new ArrayList<>();
    private int reads;

    TicketListModel(TicketSource source, I18n i18n, Executor fx, Supplier<Agent> me, ObjectProperty<TicketTerms> terms) {
        this.source = source;
        this.fx = fx;
        this.me = me;
        this.terms = terms;
        this.errors = new FormErrors(i18n);
        search.addListener((observable, before, text) -> shown.setPredicate(ticket -> matches(ticket, text)));
    }

    ObjectProperty<TicketQueue> queueProperty() {
        return queue;
    }

    ObjectProperty<ListScope> savedViewProperty() {
        return savedView;
    }

    /** The queue's tickets that match the search (the view sorts them). */
    ObservableList<Ticket> shown() {
        return shown;
    }

    StringProperty searchProperty() {
        return search;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the list could not be read. */
    FormErrors errors() {
        return errors;
    }

    /** Reads the queue again; an answer to an earlier read that comes later is dropped. */
    void reload() {
        TicketTerms now = terms.get();
        if (!now.loaded()) {
            return; // the page reads the list once it knows the statuses
        }
        int read = ++reads;
        loading.set(true);
        duringRead.clear();
        TicketQueue asked = queue.get();
        ListScope view = savedView.get();
        (view != null ? view.read() : source.list(asked.filter(now.openStatuses()))).whenCompleteAsync((tickets, failure) -> {
            if (read != reads) {
                return;
            }
            loading.set(false);
            if (failure != null) {
                errors.show(failure);
                return;
            }
            errors.clear();
            items.setAll(tickets.stream().filter(ticket -> view != null ? view.holds(ticket) : asked.holds(ticket, me.get(), now.openStatuses())).toList());
            apply(List.copyOf(duringRead));
            duringRead.clear();
        }, fx);
    }

    /** Follows what happened to tickets: in place, without reading the queue again. */
    void apply(List<TicketEvent> events) {
        if (loading.get()) {
            duringRead.addAll(events);
        }
        TicketTerms now = terms.get();
        for (TicketEvent event : events) {
            int at = indexOf(event.ticketId());
            if (event instanceof TicketEvent.Changed changed) {
                boolean belongs = savedView.get() != null ? savedView.get().holds(changed.ticket())
                        : queue.get().holds(changed.ticket(), me.get(), now.openStatuses());
                if (at >= 0 && belongs) {
                    if (items.get(at).version() <= changed.ticket().version()) {
                        items.set(at, changed.ticket());
                    }
                } else if (at >= 0) {
                    items.remove(at);
                } else if (belongs) {
                    items.add(0, changed.ticket());
                }
            } else if (event instanceof TicketEvent.OutOfSight && at >= 0) {
                items.remove(at);
            }
        }
    }

    private int indexOf(long ticketId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == ticketId) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(Ticket ticket, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        TicketTerms now = terms.get();
        String row = String.join(" ", ticket.number(), ticket.subject(), Objects.toString(ticket.requester().name(), ""),
                Objects.toString(ticket.requester().email(), ""), Objects.toString(ticket.requester().phone(), ""),
                now.agent(ticket.assigneeId()), now.group(ticket.groupId()), String.join(" ", ticket.tags()));
        return row.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
