package dev.switchboard.shared.tickets.sync;

/** What the backend did with one pushed outbox entry. Each outcome ends the entry's life in the outbox. */
public enum TicketMutationOutcome {
    /** Applied as it was. */
    APPLIED,
    /**
     * Applied in part: the fields changed on the backend since the base version keep the backend's
     * value; {@link TicketMutationResult#conflicts()} names them. The client shows its losing values
     * to re-apply or discard (a new PATCH from the current version).
     */
    CONFLICT,
    /**
     * Refused as a live edit would have been (permission, validation, a status move not allowed, an
     * unknown ticket); {@link TicketMutationResult#problem()} says why. Nothing of it was applied;
     * the client shows it with what the agent typed, so nothing is silently dropped.
     */
    REJECTED,
    /** Applied by an earlier push whose answer was lost; the current ticket is given when known. */
    DUPLICATE
}
