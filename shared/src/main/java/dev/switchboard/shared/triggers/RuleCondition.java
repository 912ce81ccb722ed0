package dev.switchboard.shared.triggers;

import java.util.List;

/**
 * One condition of a trigger or schedule; a rule applies when all of its conditions hold. Fields are
 * the ticket's JSON names ({@code status}, {@code priority}, {@code categoryId}, {@code groupId},
 * {@code assigneeId}, {@code channel}, {@code tags}, {@code subject}, {@code description},
 * {@code customFields.<key>}), the change's {@code comment} (a reply or note added, by
 * {@code AGENT} or {@code CUSTOMER}), and the time conditions {@code minutesInStatus},
 * {@code minutesSinceUpdate}, {@code minutesSinceCreated} (operator {@link RuleOperator#AT_LEAST}).
 * Values are text: status keys, priority and channel names, ids as decimal numbers.
 */
public record RuleCondition(String field, RuleOperator operator, List<String> values) {

    public RuleCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static RuleCondition of(String field, RuleOperator operator, String... values) {
        return new RuleCondition(field, operator, List.of(values));
    }
}
