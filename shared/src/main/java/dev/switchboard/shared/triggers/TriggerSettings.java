package dev.switchboard.shared.triggers;

/**
 * {@code GET/PUT /api/v1/ticket-triggers/settings}: how far rules chain, and how many automatic
 * notifications a ticket may cause an hour.
 *
 * @param chainDepth           how many times changes made by rules run the triggers again: 0 (the
 *                             default) never, at most {@link TriggerRules#MAX_CHAIN_DEPTH}
 * @param notificationsPerHour automatic notifications of one ticket within an hour; more are dropped
 * @param version              sent back with a change (409 when stale)
 */
public record TriggerSettings(int chainDepth, int notificationsPerHour, long version) {

    /** The change-log entity of the settings. */
    public static final String ENTITY = "ticket_trigger_settings";
}
