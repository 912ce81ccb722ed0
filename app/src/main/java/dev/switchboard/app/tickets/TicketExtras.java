package dev.switchboard.app.tickets;

import dev.switchboard.app.history.HistoryApi;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.tickets.TicketField;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What the Tickets page's SLA countdowns, custom fields and panels need besides the ticket source
 * (ADR 0039): the window's seconds ticker, the custom field definitions and the setup followed live,
 * the look-ups of the panels and the chat transcripts. One per window. FX thread.
 */
final class TicketExtras {

    private final SecondsTicker ticker;
    private final TicketSetupChanges setupChanges;
    private final TicketLookups lookups;
    private final HistoryApi transcripts;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<List<TicketField>> fields = new ReadOnlyObjectWrapper<>(List.of());
    private LongConsumer opener = id -> { };

    TicketExtras(SecondsTicker ticker, TicketSetupChanges setupChanges, TicketLookups lookups, HistoryApi transcripts, Executor fx) {
        this.ticker = ticker;
        this.setupChanges = setupChanges;
        this.lookups = lookups;
        this.transcripts = transcripts;
        this.fx = fx;
    }

    SecondsTicker ticker() {
        return ticker;
    }

    TicketLookups lookups() {
        return lookups;
    }

    HistoryApi transcripts() {
        return transcripts;
    }

    /** Every custom field defined, as last read. */
    ReadOnlyObjectProperty<List<TicketField>> fields() {
        return fields.getReadOnlyProperty();
    }

    /** How a panel opens another ticket on the page. */
    void opener(LongConsumer open) {
        this.opener = open;
    }

    void open(long ticketId) {
        opener.accept(ticketId);
    }

    /**
     * While the page shows: reads the custom fields now, and the statuses, categories and fields again
     * after each batch of setup changes (coalesced to one read per frame), so an administrator's change
     * shows at once. A failed read keeps what shows.
     */
    void follow(Disposer disposer, TicketSource source, ObjectProperty<TicketTerms> terms, ObservableValue<TeamSnapshot> team) {
        Coalescer<Boolean> reread = Coalescer.latest(fx, ignored -> readSetup(source, terms, team));
        disposer.onDispose(setupChanges.onChange(() -> reread.offer(true)));
        readFields();
    }

    private void readSetup(TicketSource source, ObjectProperty<TicketTerms> terms, ObservableValue<TeamSnapshot> team) {
        source.statuses().thenCombine(source.categories(), (statuses, categories) -> new TicketTerms(statuses, categories, team.getValue()))
                .whenCompleteAsync((read, failure) -> {
                    if (failure == null) {
                        terms.set(read.withTeam(team.getValue()));
                    }
                }, fx);
        readFields();
    }

    private void readFields() {
        lookups.fields().whenCompleteAsync((read, failure) -> {
            if (failure == null) {
                fields.set(read);
            }
        }, fx);
    }
}
