package dev.switchboard.shared.tickets;

/**
 * Who a new ticket is for, by contact: the backend finds the customer with one of these contacts
 * (e-mail first, then phone, then visitor id) or creates one. A name is needed to create a customer;
 * at least one contact is needed always.
 */
public record RequesterInput(String name, String email, String phone, String visitorId) {
}
