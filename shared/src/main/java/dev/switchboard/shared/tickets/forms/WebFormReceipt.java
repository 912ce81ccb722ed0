package dev.switchboard.shared.tickets.forms;

/** Answer of a submission: the number of the ticket it made, which the visitor quotes when they ask again. */
public record WebFormReceipt(String number) {
}
