package dev.switchboard.shared.triggers;

import java.time.Instant;

/**
 * A rule's notification about a ticket (change-log entity {@link #ENTITY}): for its assignee, or for
 * the members of its group when nobody is assigned. The e-mail channel comes later.
 */
public record TicketNotification(long ticketId, String ticketNumber, Long groupId, Long assigneeId, String rule, String text, Instant at) {

    public static final String ENTITY = "ticket_notification";
}
