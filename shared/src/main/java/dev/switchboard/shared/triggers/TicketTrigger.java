package dev.switchboard.shared.triggers;

import java.util.List;

/**
 * A ticket trigger (Zammad's model): enabled triggers run in {@code position} order after a ticket
 * is created or updated; one whose conditions all hold applies its actions, and the ticket's history
 * names it. Changes made by triggers run further triggers only as deep as {@link TriggerSettings#chainDepth()}.
 */
public record TicketTrigger(long id, int position, String name, boolean enabled, List<TriggerEvent> events,
                            List<RuleCondition> conditions, List<RuleAction> actions, long version) {

    /** The change-log entity of triggers (read by administrators' workstations). */
    public static final String ENTITY = "ticket_trigger";

    public TicketTrigger {
        events = events == null ? List.of() : List.copyOf(events);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
