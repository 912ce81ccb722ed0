package dev.switchboard.server.sla;

import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaUpdateMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each target's clock runs, in wall-clock time, read off a ticket's timeline: the calendar is
 * not involved yet. A target has cycles (the update target one per agent reply or unanswered
 * customer message; the others one); each cycle is split by the ticket's statuses into spans that
 * count, spans that stand paused, and spans that do not count at all (while solved).
 *
 * <p>The rules, decided in ADR 0029:
 * <ul>
 *   <li>first response: from creation to the first agent reply; solving the ticket first ends it too,
 *       and a reopening does not restart it (it stays met);</li>
 *   <li>solution: from creation, not counting while solved; a reopened ticket's clock resumes with the
 *       time it had;</li>
 *   <li>update: only once the first response ended, so that it can never overrule (breach before) the
 *       first response; between agent updates it restarts at every agent reply and at a reopening;
 *       after a customer message it runs from the customer's first unanswered message (or the reopening,
 *       when one waits) to the next agent reply; solving ends a cycle.</li>
 * </ul>
 */
final class SlaCycles {

    /** {@code from} to {@code to} in wall-clock time. */
    record Span(Instant from, Instant to) {
    }

    /**
     * One run of a target's clock.
     *
     * @param stoppedAt   when it ended (a reply, solving); null while it is owed
     * @param counting    the spans that count, in order; when {@code countingNow}, the last one ends at now and goes on
     * @param paused      the spans it stood still in a pausing status
     * @param countingNow it counts at the evaluation's instant
     */
    record Cycle(Instant start, Instant stoppedAt, List<Span> counting, List<Span> paused, boolean countingNow) {
    }

    /** A status the ticket is in from {@code at} on. */
    private record Status(Instant at, boolean pauses, boolean solves) {

        boolean counts() {
            return !pauses && !solves;
        }
    }

    private final List<SlaTicketEvent> events;
    private final List<Status> statuses = new ArrayList<>();
    private final Instant createdAt;
    private final Instant now;

    /** The ticket's timeline up to {@code now}; events before its creation count as at its creation. */
    SlaCycles(SlaTicket ticket, Instant now) {
        this.createdAt = ticket.createdAt();
        this.now = now.isBefore(createdAt) ? createdAt : now;
        this.events = ticket.timeline().stream().filter(event -> !event.at().isAfter(this.now))
                .map(event -> event.at().isBefore(createdAt) ? new SlaTicketEvent(event.kind(), createdAt, event.pauses(), event.solves()) : event)
                .toList();
        statuses.add(new Status(createdAt, false, false));
        for (SlaTicketEvent event : events) {
            if (event.kind() == SlaTicketEvent.Kind.STATUS) {
                statuses.add(new Status(event.at(), event.pauses(), event.solves()));
            }
        }
    }

    /** The cycles of {@code target}, oldest first; none when nothing was ever owed. */
    List<Cycle> of(SlaTarget target, SlaUpdateMode updateMode) {
        return switch (target) {
            case FIRST_RESPONSE -> List.of(cycle(createdAt, firstResponseEnd()));
            case SOLUTION -> List.of(cycle(createdAt, statusAt(now).solves() ? solvedSince() : null));
            case UPDATE -> updates(updateMode);
        };
    }

    private Instant firstResponseEnd() {
        for (SlaTicketEvent event : events) {
            if (event.kind() == SlaTicketEvent.Kind.AGENT_REPLY || event.solves()) {
                return event.at();
            }
        }
        return null;
    }

    /** When the ticket last moved from a status that does not solve into one that does. */
    private Instant solvedSince() {
        Instant since = null;
        boolean solved = false;
        for (Status status : statuses) {
            if (status.solves() && !solved) {
                since = status.at();
            }
            solved = status.solves();
        }
        return since;
    }

    private List<Cycle> updates(SlaUpdateMode mode) {
        List<Cycle> cycles = new ArrayList<>();
        boolean firstResponseEnded = false;
        boolean solved = false;
        Instant open = null;
        Instant unansweredSince = null;
        for (SlaTicketEvent event : events) {
            switch (event.kind()) {
                case AGENT_REPLY -> {
                    if (open != null) {
                        cycles.add(cycle(open, event.at()));
                    }
                    firstResponseEnded = true;
                    unansweredSince = null;
                    open = mode == SlaUpdateMode.BETWEEN_AGENT_UPDATES && !solved ? event.at() : null;
                }
                case CUSTOMER_MESSAGE -> {
                    if (unansweredSince == null) {
                        unansweredSince = event.at();
                    }
                    if (mode == SlaUpdateMode.AFTER_CUSTOMER_MESSAGE && firstResponseEnded && open == null && !solved) {
                        open = event.at();
                    }
                }
                case STATUS -> {
                    boolean wasSolved = solved;
                    solved = event.solves();
                    if (solved && !wasSolved) {
                        if (open != null) {
                            cycles.add(cycle(open, event.at()));
                        }
                        open = null;
                        firstResponseEnded = true;
                    } else if (wasSolved && !solved && firstResponseEnded
                            && (mode == SlaUpdateMode.BETWEEN_AGENT_UPDATES || unansweredSince != null)) {
                        // a reopening: the time while solved never counts
                        open = event.at();
                    }
                }
            }
        }
        if (open != null) {
            cycles.add(cycle(open, null));
        }
        return cycles;
    }

    /** The cycle from {@code start} to {@code stoppedAt} (null: to now, still owed), split by the statuses. */
    private Cycle cycle(Instant start, Instant stoppedAt) {
        Instant end = stoppedAt == null ? now : stoppedAt;
        List<Span> counting = new ArrayList<>();
        List<Span> paused = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            Status status = statuses.get(i);
            Instant from = max(status.at(), start);
            Instant to = i + 1 < statuses.size() ? min(statuses.get(i + 1).at(), end) : end;
            if (!to.isAfter(from)) {
                continue;
            }
            if (status.counts()) {
                counting.add(new Span(from, to));
            } else if (status.pauses()) {
                paused.add(new Span(from, to));
            }
        }
        boolean countingNow = stoppedAt == null && statusAt(now).counts();
        if (countingNow && (counting.isEmpty() || counting.get(counting.size() - 1).to().isBefore(now))) {
            // it starts counting right now: an empty span that goes on
            counting.add(new Span(now, now));
        }
        return new Cycle(start, stoppedAt, List.copyOf(counting), List.copyOf(paused), countingNow);
    }

    /** The status at {@code at}: the last one that started at or before it. */
    private Status statusAt(Instant at) {
        Status current = statuses.get(0);
        for (Status status : statuses) {
            if (!status.at().isAfter(at)) {
                current = status;
            }
        }
        return current;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
