package dev.switchboard.app.admin;

/**
 * A save refused because someone changed the item meanwhile (409): both versions as the admin
 * should read them, side by side, before choosing to apply their change again on top of the
 * current version or to take the current one. What they typed stays in the form either way until
 * they choose.
 *
 * @param theirs the current version on the server, described for people
 * @param yours what the admin tried to save, described the same way
 */
public record StaleEdit(String theirs, String yours) {
}
