package dev.switchboard.shared.tickets;

/**
 * The customer a ticket is for, as the ticket shows them: their record's id, name and contacts
 * (each may be null, at least one is set).
 */
public record Requester(long id, String name, String email, String phone, String visitorId) {
}
