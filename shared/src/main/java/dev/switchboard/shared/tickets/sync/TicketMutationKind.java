package dev.switchboard.shared.tickets.sync;

/** What one outbox entry does to a ticket. */
public enum TicketMutationKind {
    /** Creates a ticket; {@link TicketMutation#create()} holds it, with the local key as its client id. */
    CREATE,
    /** Changes fields from a base version; {@link TicketMutation#patch()} holds them. */
    PATCH,
    /** Appends a reply or note; {@link TicketMutation#comment()} holds it. Never conflicts. */
    COMMENT
}
