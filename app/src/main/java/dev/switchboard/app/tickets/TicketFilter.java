package dev.switchboard.app.tickets;

import java.util.List;

/**
 * What a queue asks the ticket source for: tickets in one of {@code statuses} (keys; empty for any)
 * and with the assignee {@code assignee} ({@code me}, {@code none}, or null for anyone).
 */
record TicketFilter(List<String> statuses, String assignee) {

    TicketFilter {
        statuses = List.copyOf(statuses);
    }
}
