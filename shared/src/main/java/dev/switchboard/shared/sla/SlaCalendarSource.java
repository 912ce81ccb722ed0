package dev.switchboard.shared.sla;

/** Whose business hours an SLA policy counts in. */
public enum SlaCalendarSource {
    /** The hours of the group the ticket is in now (a ticket without a group, or a group without hours: around the clock). */
    TICKET_GROUP,
    /** The hours of the policy's {@code calendarGroupId}, whichever group the ticket is in. */
    GROUP,
    /** Around the clock: every minute counts. */
    ALWAYS
}
