package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.together.ListScope;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.tickets.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The ticket list of the Tickets page: the chosen queue's tickets, read from the source and then
 * kept up to date by the change log's events (a changed ticket takes its place, or leaves when it no
 * longer belongs; one out of sight leaves), searchable in what the row shows and sorted by a column.
 * Events that arrive while a read is under way are applied on top of its answer, so none is lost to a
 * slow read. Searching and sorting run off the FX thread (ADR 0044): after a read, a batch of events
 * or new names, a {@link TicketListIndex} snapshot is built on the background executor; each search
 * typed and each sort asked for is a query of the latest snapshot there, and only the answer to the
 * newest request is shown (older ones are dropped, on either thread). FX thread, but for what it
 * hands to {@code background}.
 */
final class TicketListModel {

    /** The list's order: a column, ascending or descending. */
    record Sort(TicketColumn column, boolean descending) {
    }

    private static final Sort NEWEST_CHANGE_FIRST = new Sort(TicketColumn.UPDATED, true);
    private static final Sort SOONEST_DUE_FIRST = new Sort(TicketColumn.SLA, false);

    private final TicketSource source;
    private final Executor fx;
    private final Executor background;
    private final Supplier<Agent> me;
    private final ObjectProperty<TicketTerms> terms;
    private final ObjectProperty<TicketQueue> queue = new SimpleObjectProperty<>(TicketQueue.MINE);
    /** A saved view listed instead of the queue (issue 13, ADR 0037); null: the queue. */
    private final ObjectProperty<ListScope> savedView = new SimpleObjectProperty<>();
    /** The queue's tickets by id, as read and changed since. */
    private final Map<Long, Ticket> tickets = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<Ticket>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(NEWEST_CHANGE_FIRST);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final FormErrors errors;
    private final List<TicketEvent> duringRead = new ArrayList<>();
    private int reads;
    /** The newest snapshot asked for; read by the background to skip building one already replaced. */
    private final AtomicInteger snapshots = new AtomicInteger();
    /** The newest query asked for; an answer to an older one is dropped (and not computed if not started). */
    private final AtomicInteger queries = new AtomicInteger();
    private CompletableFuture<TicketListIndex> snapshot = CompletableFuture.completedFuture(TicketListIndex.of(List.of(), TicketTerms.EMPTY));

    /** @param background where snapshots are built and queried: one thread, so a stale request queued behind a newer one is skipped */
    TicketListModel(TicketSource source, I18n i18n, Executor fx, Executor background, Supplier<Agent> me, ObjectProperty<TicketTerms> terms) {
        this.source = source;
        this.fx = fx;
        this.background = background;
        this.me = me;
        this.terms = terms;
        this.errors = new FormErrors(i18n);
        search.addListener((observable, before, text) -> query());
        sort.addListener((observable, before, now) -> query());
        queue.addListener((observable, before, now) -> sort.set(now == TicketQueue.SLA_AT_RISK ? SOONEST_DUE_FIRST : NEWEST_CHANGE_FIRST));
        // names (agents, groups) are in the search texts and the sort keys
        terms.addListener((observable, before, now) -> {
            if (!tickets.isEmpty()) {
                index();
            }
        });
    }

    ObjectProperty<TicketQueue> queueProperty() {
        return queue;
    }

    ObjectProperty<ListScope> savedViewProperty() {
        return savedView;
    }

    /** The queue's tickets that match the search, in the list's order: an immutable answer, replaced whole. */
    ReadOnlyObjectProperty<List<Ticket>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    List<Ticket> shown() {
        return shown.get();
    }

    StringProperty searchProperty() {
        return search;
    }

    /** The list's order; a queue chosen starts in its own (newest change first; "SLA at risk": soonest due first). */
    ReadOnlyObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** Sorts by {@code column} (a header clicked); nothing happens when that is the order already. */
    void sortBy(TicketColumn column, boolean descending) {
        sort.set(new Sort(column, descending));
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
        (view != null ? view.read() : source.list(asked.filter(now.openStatuses()))).whenCompleteAsync((listed, failure) -> {
            if (read != reads) {
                return;
            }
            loading.set(false);
            if (failure != null) {
                errors.show(failure);
                return;
            }
            errors.clear();
            tickets.clear();
            listed.stream().filter(ticket -> view != null ? view.holds(ticket) : asked.holds(ticket, me.get(), now.openStatuses()))
                    .forEach(ticket -> tickets.put(ticket.id(), ticket));
            follow(List.copyOf(duringRead));
            duringRead.clear();
            index();
        }, fx);
    }

    /** Follows what happened to tickets: in place, without reading the queue again; the shown rows follow once indexed. */
    void apply(List<TicketEvent> events) {
        if (loading.get()) {
            duringRead.addAll(events);
        }
        if (follow(events)) {
            index();
        }
    }

    /** Whether the events changed the queue's tickets. */
    private boolean follow(List<TicketEvent> events) {
        TicketTerms now = terms.get();
        boolean changedAny = false;
        for (TicketEvent event : events) {
            Ticket held = tickets.get(event.ticketId());
            if (event instanceof TicketEvent.Changed changed) {
                boolean belongs = savedView.get() != null ? savedView.get().holds(changed.ticket())
                        : queue.get().holds(changed.ticket(), me.get(), now.openStatuses());
                if (belongs && (held == null || held.version() <= changed.ticket().version())) {
                    tickets.put(changed.ticket().id(), changed.ticket());
                    changedAny = true;
                } else if (!belongs && held != null) {
                    tickets.remove(held.id());
                    changedAny = true;
                }
            } else if (event instanceof TicketEvent.OutOfSight && held != null) {
                tickets.remove(held.id());
                changedAny = true;
            }
        }
        return changedAny;
    }

    /** Builds a snapshot of the tickets as they are now, in the background, and shows it searched and sorted. */
    private void index() {
        int made = snapshots.incrementAndGet();
        List<Ticket> now = List.copyOf(tickets.values());
        TicketTerms names = terms.get();
        snapshot = CompletableFuture.supplyAsync(() -> made == snapshots.get() ? TicketListIndex.of(now, names) : null, background);
        query();
    }

    /** Asks the latest snapshot for the search and sort as they are now; shows the answer unless a newer request was made meanwhile. */
    private void query() {
        int asked = queries.incrementAndGet();
        String text = search.get();
        Sort by = sort.get();
        snapshot.thenApplyAsync(index -> asked == queries.get() && index != null ? index.query(text, by.column().order(), by.descending()) : null,
                background).whenCompleteAsync((answer, failure) -> {
                    if (asked != queries.get()) {
                        return; // a newer search or sort answers
                    }
                    if (failure != null) {
                        errors.show(failure);
                    } else if (answer != null) {
                        shown.set(java.util.Collections.unmodifiableList(answer)); // made for this request, held by no one else
                    }
                }, fx);
    }
}
