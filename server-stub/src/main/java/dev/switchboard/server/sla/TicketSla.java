package dev.switchboard.server.sla;

import dev.switchboard.shared.sla.SlaPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ticket core asks of SLAs (ADR 0029), published by {@link SlaFeature}. The ticket core
 * describes a ticket as an {@link SlaTicket} (its facts and timeline) and stores what it needs to
 * query and schedule: the evaluation's {@link SlaEvaluation#earliestDue()} (queues sorted by
 * urgency), {@link SlaEvaluation#nextEventAt()} (when its scheduler looks at the ticket again), and
 * the keys of the {@link SlaEvent}s it has fired.
 */
public interface TicketSla {

    /** The policy that applies to a ticket with these facts now; empty when none does. */
    Optional<SlaPolicy> policyFor(SlaFacts facts);

    /** The ticket's SLA at {@code now}: the policy its facts choose, counted in that policy's calendar. */
    SlaEvaluation evaluate(SlaTicket ticket, Instant now);

    /**
     * A number that moves whenever a policy or any group's business hours change, on any node: when
     * it differs from the one the stored due times were computed with, evaluate the open tickets again.
     */
    long settingsVersion();
}
