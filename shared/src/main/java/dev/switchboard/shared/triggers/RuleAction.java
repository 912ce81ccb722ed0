package dev.switchboard.shared.triggers;

import java.util.List;

/**
 * One action of a trigger or schedule, applied in order with the rule's other actions.
 *
 * @param field  for {@link RuleActionType#SET}: the field set
 * @param value  for {@code SET}: the new value as JSON gives it (a status key, a priority name, an id,
 *               a custom field's value), null to clear a field that may be empty
 * @param values for {@code ADD_TAGS} and {@code REMOVE_TAGS}: the tags
 * @param text   for {@code NOTE}, {@code NOTIFY} and {@code REPLY}: the template of the text
 */
public record RuleAction(RuleActionType type, String field, Object value, List<String> values, String text) {

    public RuleAction {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static RuleAction set(String field, Object value) {
        return new RuleAction(RuleActionType.SET, field, value, List.of(), null);
    }

    public static RuleAction tags(RuleActionType type, String... tags) {
        return new RuleAction(type, null, null, List.of(tags), null);
    }

    public static RuleAction text(RuleActionType type, String text) {
        return new RuleAction(type, null, null, List.of(), text);
    }
}
