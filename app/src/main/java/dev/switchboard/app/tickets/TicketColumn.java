package dev.switchboard.app.tickets;

import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;

/**
 * The columns of the Tickets page's table that sort, each by the {@link TicketListIndex.Order} that
 * sorts the list off the FX thread when its header is clicked (ADR 0044): the table shows the arrow,
 * the index does the sorting. Every column but the viewers' marker sorts.
 */
enum TicketColumn {
    NUMBER("tickets.column.number", TicketListIndex.Order.NUMBER),
    SUBJECT("tickets.column.subject", TicketListIndex.Order.SUBJECT),
    SLA("tickets.column.sla", TicketListIndex.Order.SLA_DUE),
    REQUESTER("tickets.column.requester", TicketListIndex.Order.REQUESTER),
    STATUS("tickets.column.status", TicketListIndex.Order.STATUS),
    PRIORITY("tickets.column.priority", TicketListIndex.Order.PRIORITY),
    ASSIGNEE("tickets.column.assignee", TicketListIndex.Order.ASSIGNEE),
    GROUP("tickets.column.group", TicketListIndex.Order.GROUP),
    UPDATED("tickets.column.updated", TicketListIndex.Order.UPDATED),
    REMINDER("tickets.column.reminder", TicketListIndex.Order.REMINDER);

    private final String titleKey;
    private final TicketListIndex.Order order;

    TicketColumn(String titleKey, TicketListIndex.Order order) {
        this.titleKey = titleKey;
        this.order = order;
    }

    String titleKey() {
        return titleKey;
    }

    TicketListIndex.Order order() {
        return order;
    }

    /** What the requester column shows (and sorts by): the name, or without one the contact. */
    static String requester(Ticket ticket) {
        Requester requester = ticket.requester();
        if (requester == null) {
            return "";
        }
        String contact = requester.email() != null ? requester.email() : requester.phone() != null ? requester.phone() : requester.visitorId();
        return requester.name() == null || requester.name().isBlank() ? String.valueOf(contact) : requester.name();
    }
}
