package dev.switchboard.app.tickets;

import java.util.List;

/**
 * What a queue asks the ticket source for: tickets in one of {@code statuses} (keys; empty for any)
 * and with the assignee {@code assignee} ({@code me}, {@code none}, or null for anyone).
 * {@code slaAtRisk}: only those whose SLA is warned or breached with a target still owed, soonest
 * due first (the backend's {@code sla=at-risk}, sorted by {@code slaDue}).
 */
record TicketFilter(List<String> statuses, String assignee, boolean slaAtRisk) {

    TicketFilter {
        statuses = List.copyOf(statuses);
    }

    TicketFilter(List<String> statuses, String assignee) {
        this(statuses, assignee, false);
    }
}
