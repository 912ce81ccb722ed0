package dev.switchboard.shared.triggers;

/** What a {@link RuleAction} does to a ticket. */
public enum RuleActionType {
    /** Sets a field: status, priority, categoryId, groupId, assigneeId or customFields.&lt;key&gt; (null clears where allowed). */
    SET,
    ADD_TAGS,
    REMOVE_TAGS,
    /** Adds an internal note, its text a template ({@link RuleTemplates}). */
    NOTE,
    /** Tells the assignee (or, without one, the group) through the change log, its text a template. */
    NOTIFY,
    /**
     * Writes a public reply, its text a template: sent by e-mail when the ticket's requester has an
     * address, unless the customer's last mail was automatic or the ticket's hourly cap of automatic
     * mails is reached (ADR 0035).
     */
    REPLY
}
