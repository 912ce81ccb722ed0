package dev.switchboard.server.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A ticket as its SLA sees it: when it was created, what chooses its policy, and its timeline. The
 * ticket starts in a status whose clocks run, unless a status event at {@code createdAt} says
 * otherwise. The clocks are derived from this every time, never stored: that is what makes a
 * policy or calendar change recompute them and keeps paused time across such changes (ADR 0029).
 */
public record SlaTicket(Instant createdAt, SlaFacts facts, List<SlaTicketEvent> timeline) {

    public SlaTicket {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(facts, "facts");
        // stable: events at the same instant keep the ticket core's order
        timeline = timeline == null ? List.of() : timeline.stream().sorted(Comparator.comparing(SlaTicketEvent::at)).toList();
    }
}
