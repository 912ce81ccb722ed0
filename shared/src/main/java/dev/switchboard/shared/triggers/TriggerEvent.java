package dev.switchboard.shared.triggers;

/** When a trigger runs: a ticket was created, or updated (a field changed, a reply or note added). */
public enum TriggerEvent {
    CREATED,
    UPDATED
}
