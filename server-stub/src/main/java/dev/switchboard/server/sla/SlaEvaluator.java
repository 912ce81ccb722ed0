package dev.switchboard.server.sla;

import dev.switchboard.server.hours.BusinessCalendar;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.shared.sla.SlaPolicy;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link TicketSla} over the policies' node copy and the groups' business hours. */
final class SlaEvaluator implements TicketSla {

    private final Jdbi jdbi;
    private final SlaPolicyService policies;
    private final BusinessHoursService hours;

    SlaEvaluator(Jdbi jdbi, SlaPolicyService policies, BusinessHoursService hours) {
        this.jdbi = jdbi;
        this.policies = policies;
        this.hours = hours;
    }

    @Override
    public Optional<SlaPolicy> policyFor(SlaFacts facts) {
        return SlaPolicyMatch.first(policies.policies(), facts);
    }

    @Override
    public SlaEvaluation evaluate(SlaTicket ticket, Instant now) {
        return policyFor(ticket.facts()).map(policy -> SlaClock.evaluate(ticket, policy, calendar(policy, ticket.facts()), now))
                .orElseGet(SlaEvaluation::none);
    }

    /** The policy's calendar for the ticket; a group without business hours works around the clock. */
    BusinessCalendar calendar(SlaPolicy policy, SlaFacts facts) {
        Long group = switch (policy.calendar()) {
            case TICKET_GROUP -> facts.groupId();
            case GROUP -> policy.calendarGroupId();
            case ALWAYS -> null;
        };
        return group == null ? BusinessCalendar.alwaysOpen() : hours.calendar(group).orElse(BusinessCalendar.alwaysOpen());
    }

    @Override
    public long settingsVersion() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT SUM(version) FROM cached_rows_version WHERE name IN ('" + SlaPolicy.ENTITY + "', 'business_hours')")
                .mapTo(Long.class).one());
    }
}
