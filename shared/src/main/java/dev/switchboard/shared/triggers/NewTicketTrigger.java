package dev.switchboard.shared.triggers;

import java.util.List;

/**
 * Body of {@code POST /api/v1/ticket-triggers} and {@code PUT /api/v1/ticket-triggers/{id}} (which
 * carries the {@code version} it was read with). A new trigger goes last; an absent {@code enabled}
 * is true; absent {@code events} are both.
 */
public record NewTicketTrigger(String name, Boolean enabled, List<TriggerEvent> events, List<RuleCondition> conditions,
                               List<RuleAction> actions, Long version) {

    public NewTicketTrigger {
        events = events == null || events.isEmpty() ? List.of(TriggerEvent.CREATED, TriggerEvent.UPDATED) : List.copyOf(events);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
