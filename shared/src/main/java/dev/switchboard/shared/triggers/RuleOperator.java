package dev.switchboard.shared.triggers;

/**
 * How a {@link RuleCondition} compares a ticket's field with its values. Which operators a field
 * takes is {@link RuleVocabulary#operators(String)}.
 */
public enum RuleOperator {
    /** The field's value is one of the values. */
    IS,
    /** The field's value is none of the values (an unset field is none of them). */
    IS_NOT,
    /** The category is one of the values or below one of them. */
    WITHIN,
    /** Text: contains one of the values, ignoring case; tags: has one of the values. */
    CONTAINS,
    /** Text: contains none of the values; tags: has none of them. */
    NOT_CONTAINS,
    IS_SET,
    NOT_SET,
    /** The change that runs the rule changed this field (never true on a created ticket, nor for schedules). */
    CHANGED,
    /** A time condition: at least this many minutes (one value, a whole number). */
    AT_LEAST
}
