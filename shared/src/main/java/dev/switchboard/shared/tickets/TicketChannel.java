package dev.switchboard.shared.tickets;

/** Where a ticket came from. */
public enum TicketChannel {
    CHAT,
    EMAIL,
    WEB_FORM,
    PHONE,
    API
}
