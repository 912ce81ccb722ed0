package dev.switchboard.app.tickets;

import dev.switchboard.app.tickets.fields.CustomFieldEdits;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;

/** Wires the page's custom field forms to the live setup, and the panels' "open" to the page (ADR 0039). FX thread. */
final class TicketCustomFieldsHook {

    private TicketCustomFieldsHook() {
    }

    static void wire(TicketExtras extras, ObjectProperty<TicketTerms> terms, TicketModel ticket, NewTicketModel newTicket, LongConsumer open) {
        for (CustomFieldEdits form : new CustomFieldEdits[] {ticket.custom(), newTicket.custom()}) {
            form.definitions().bind(extras.fields());
            form.categories().bind(Bindings.createObjectBinding(() -> terms.get().categories(), terms));
        }
        ticket.custom().categoryId().bind(Bindings.createObjectBinding(() -> ticket.fields().category.get() == null ? null
                : ticket.fields().category.get().id(), ticket.fields().category));
        newTicket.custom().categoryId().bind(Bindings.createObjectBinding(() -> newTicket.category.get() == null ? null
                : newTicket.category.get().id(), newTicket.category));
        extras.opener(open);
    }
}
