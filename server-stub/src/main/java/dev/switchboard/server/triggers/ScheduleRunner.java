package dev.switchboard.server.triggers;

import dev.switchboard.server.tickets.TicketAutomation;
import dev.switchboard.server.tickets.TicketFacts;
import dev.switchboard.shared.triggers.RuleCondition;
import dev.switchboard.shared.triggers.RuleOperator;
import dev.switchboard.shared.triggers.RuleVocabulary;
import dev.switchboard.shared.triggers.TicketSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the schedules whose slot has come, on the injected clock. Several nodes tick; each slot of a
 * schedule runs once, on the node whose conditional update claimed it ({@link ScheduleStore#claim}).
 * A run looks at the open tickets in id order (only those of the statuses a {@code status IS}
 * condition names, when there is one), checks the conditions on what is committed, and acts on each
 * matching ticket in a transaction of its own, its row locked and the conditions checked again, up to
 * the schedule's {@code maxTickets}; the rest wait for the next slot. Each ticket's changes then run
 * the triggers as a rule's change (only with a chain depth of 1 or more).
 */
public final class ScheduleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);
    private static final int PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ScheduleService schedules;
    private final TriggerService triggers;
    private final TriggerEngine engine;
    private final Supplier<TicketAutomation> tickets;

    ScheduleRunner(Jdbi jdbi, Clock clock, ScheduleService schedules, TriggerService triggers, TriggerEngine engine,
                   Supplier<TicketAutomation> tickets) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.schedules = schedules;
        this.triggers = triggers;
        this.engine = engine;
        this.tickets = tickets;
    }

    /**
     * Runs every schedule that is due and not claimed yet; answers how many tickets were acted on.
     * Synchronized for this node only (ADR 0008: the claim in the database is what keeps nodes
     * apart): the timer and a test's explicit run take turns, so a run that returns has seen every
     * slot up to now handled.
     */
    public synchronized int runDue() {
        Instant now = clock.instant();
        int acted = 0;
        for (TicketSchedule schedule : schedules.schedules()) {
            if (!schedule.enabled()) {
                continue;
            }
            Instant slot = Timetable.currentSlot(schedule.everyMinutes(), schedule.dailyAt(), schedule.timeZone(), now);
            if (schedule.lastSlot() != null && !slot.isAfter(schedule.lastSlot())) {
                continue;
            }
            if (jdbi.inTransaction(handle -> ScheduleStore.claim(handle, schedule.id(), slot))) {
                int count = run(schedule, now);
                LOG.info("ticket schedule '{}' ran for {}: {} tickets", schedule.name(), slot, count);
                acted += count;
            }
        }
        return acted;
    }

    private int run(TicketSchedule schedule, Instant now) {
        TicketAutomation automation = tickets.get();
        List<String> statuses = schedule.conditions().stream()
                .filter(condition -> condition.field().equals(RuleVocabulary.STATUS) && condition.operator() == RuleOperator.IS)
                .findFirst().map(RuleCondition::values).orElse(List.of());
        int acted = 0;
        long after = 0;
        while (acted < schedule.maxTickets()) {
            List<Long> ids = automation.openTicketIds(statuses, after, PAGE);
            if (ids.isEmpty()) {
                return acted;
            }
            for (Long id : ids) {
                after = id;
                Optional<TicketFacts> facts = automation.facts(id);
                if (facts.isEmpty() || !RuleConditions.hold(schedule.conditions(), facts.get(), RuleChange.NONE, now)) {
                    continue;
                }
                boolean done = automation.withTicket(id, (session, locked) -> {
                    if (!RuleConditions.hold(schedule.conditions(), locked, RuleChange.NONE, now)) {
                        return false; // changed since it was looked at
                    }
                    Set<String> changed = RuleActions.apply(session, locked.ticket(), schedule.name(), schedule.actions(),
                            triggers.rules().settings().notificationsPerHour());
                    engine.afterRule(session, id, changed);
                    return true;
                }).orElse(false);
                if (done && ++acted >= schedule.maxTickets()) {
                    return acted;
                }
            }
        }
        return acted;
    }
}
