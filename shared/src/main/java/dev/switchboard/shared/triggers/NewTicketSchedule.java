package dev.switchboard.shared.triggers;

import java.util.List;

/**
 * Body of {@code POST /api/v1/ticket-schedules} and {@code PUT /api/v1/ticket-schedules/{id}}. The
 * timetable is either {@code everyMinutes} or {@code dailyAt} ({@code HH:mm}) in {@code timeZone}
 * (an IANA zone, default UTC); {@code maxTickets} caps one run (default
 * {@link ScheduleRules#DEFAULT_MAX_TICKETS}).
 */
public record NewTicketSchedule(String name, Boolean enabled, Integer everyMinutes, String dailyAt, String timeZone, Integer maxTickets,
                                List<RuleCondition> conditions, List<RuleAction> actions, Long version) {

    public NewTicketSchedule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
