package dev.switchboard.app.navigation;

/**
 * Where an alert, a tray entry or a link leads: a chat today, a ticket, a customer or a report
 * later. Each feature defines its own destinations as small records in its own package (a chat's
 * is its conversation id) and tells the {@link Navigator} how to open them, so nothing here names
 * any of them. Destinations are values: two records that are equal lead to the same place.
 */
public interface Destination {
}
