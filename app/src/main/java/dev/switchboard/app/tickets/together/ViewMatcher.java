package dev.switchboard.app.tickets.together;

import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.ViewConditions;
import java.util.Locale;

/**
 * Whether a ticket meets a saved view's conditions, as the backend's list filter decides it: used
 * for tickets that change while the view is shown. A category counts with the categories below it
 * on the backend; here the changed ticket's own category must match or the view names none, and the
 * SLA condition is left to the next read (a ticket's SLA state moves with time, not with changes).
 */
final class ViewMatcher {

    private ViewMatcher() {
    }

    static boolean matches(ViewConditions conditions, Ticket ticket, long me) {
        if (!conditions.statuses().isEmpty() && !conditions.statuses().contains(ticket.status())) {
            return false;
        }
        if (!conditions.priorities().isEmpty() && !conditions.priorities().contains(ticket.priority())) {
            return false;
        }
        if (!reference(conditions.assignee(), ticket.assigneeId(), me) || !reference(conditions.group(), ticket.groupId(), null)) {
            return false;
        }
        if (conditions.categoryId() != null && ticket.categoryId() != null && !conditions.categoryId().equals(ticket.categoryId())) {
            return false;
        }
        if (conditions.tag() != null && !conditions.tag().isBlank() && !ticket.tags().contains(conditions.tag().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (conditions.text() != null && !conditions.text().isBlank()) {
            String text = conditions.text().strip().toLowerCase(Locale.ROOT);
            return ticket.subject().toLowerCase(Locale.ROOT).contains(text) || ticket.number().equalsIgnoreCase(text)
                    || (ticket.description() != null && ticket.description().toLowerCase(Locale.ROOT).contains(text));
        }
        return true;
    }

    private static boolean reference(String condition, Long value, Long me) {
        if (condition == null || condition.isBlank()) {
            return true;
        }
        return switch (condition.strip()) {
            case "none" -> value == null;
            case "me" -> value != null && value.equals(me);
            default -> value != null && value == Long.parseLong(condition.strip());
        };
    }
}
