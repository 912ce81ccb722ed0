package dev.switchboard.shared.triggers;

import java.time.Instant;
import java.util.List;

/**
 * A schedule: on its timetable, over the tickets whose conditions hold (closed ones never), at most
 * {@code maxTickets} a run, applies its actions.
 *
 * @param lastSlot the latest time slot a run was claimed for (by any node), null before the first
 */
public record TicketSchedule(long id, String name, boolean enabled, Integer everyMinutes, String dailyAt, String timeZone, int maxTickets,
                             List<RuleCondition> conditions, List<RuleAction> actions, Instant lastSlot, long version) {

    public static final String ENTITY = "ticket_schedule";

    public TicketSchedule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
