package dev.switchboard.shared.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a ticket status means for the work, whatever administrators call it. The built-in statuses
 * are one of each (pending and on hold both {@link #WAITING}); a status an administrator adds picks
 * its kind, and the kinds decide which moves are allowed, so new statuses need no transition table.
 */
public enum StatusKind {
    /** Nobody has worked on it yet. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting for the customer or a third party (pending, on hold). */
    WAITING,
    /** Answered; the customer may still reopen it. */
    SOLVED,
    /** Done for good: no more changes or comments. */
    CLOSED;

    /**
     * Whether a ticket in a status of this kind may move to a status of {@code next}: never back to
     * new, closed only from solved, nothing out of closed. A move between two statuses of one kind
     * (pending to on hold) is allowed, except within new and closed.
     */
    public boolean canMoveTo(StatusKind next) {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING, SOLVED).contains(next);
            case OPEN, WAITING -> EnumSet.of(OPEN, WAITING, SOLVED).contains(next);
            case SOLVED -> EnumSet.of(OPEN, WAITING, SOLVED, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }

    /** The kinds a ticket may be created in: closed tickets are not made, only reached. */
    public static final Set<StatusKind> INITIAL = EnumSet.of(NEW, OPEN, WAITING, SOLVED);
}
