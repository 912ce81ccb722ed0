package dev.switchboard.shared.tickets;

/** The kinds of custom ticket field, and the JSON value each takes. */
public enum FieldType {
    /** A string of up to {@link CustomFieldRules#TEXT_MAX} characters. */
    TEXT,
    /** A JSON number. */
    NUMBER,
    /** A day as {@code yyyy-MM-dd}. */
    DATE,
    /** One of the field's options, as a string. */
    DROPDOWN,
    /** Some of the field's options, as an array of strings, each once. */
    MULTI_SELECT,
    /** {@code true} or {@code false}. */
    CHECKBOX
}
