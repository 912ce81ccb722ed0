package dev.switchboard.server.sla;

import dev.switchboard.server.hours.BusinessCalendar;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ticket's SLA clocks: pure, from the ticket's timeline, its policy and the policy's calendar at
 * an instant. Time counts only while the calendar is open and the clock runs ({@link SlaCycles});
 * warning and due instants are where the counted business time reaches the warning threshold and
 * the target, so they always fall inside business hours (or at a closing time), never in a night
 * or a holiday.
 *
 * <p>A target used up exactly when its clock stops (a reply at the due instant) is met; a target
 * that counts is breached from its due instant on.
 */
public final class SlaClock {

    private SlaClock() {
    }

    public static SlaEvaluation evaluate(SlaTicket ticket, SlaPolicy policy, BusinessCalendar calendar, Instant now) {
        SlaCycles timeline = new SlaCycles(ticket, now);
        List<SlaTargetClock> clocks = new ArrayList<>();
        List<SlaEvent> events = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            Integer minutes = policy.minutes(target);
            if (minutes == null) {
                continue;
            }
            List<SlaCycles.Cycle> cycles = timeline.of(target, policy.updateMode());
            SlaTargetClock clock = new SlaTargetClock(target, SlaState.INACTIVE, minutes, 0, 0, null, null, null);
            for (SlaCycles.Cycle cycle : cycles) {
                clock = clock(target, minutes, policy.warningPercent(), cycle, calendar, now, events);
            }
            clocks.add(clock);
        }
        events.sort(Comparator.comparing(SlaEvent::at));
        Instant next = events.stream().map(SlaEvent::at).filter(at -> at.isAfter(now)).findFirst().orElse(null);
        return new SlaEvaluation(policy.id(), clocks, events, next);
    }

    /** One cycle's clock; adds its warning and breach, where reached or predicted, to {@code events}. */
    private static SlaTargetClock clock(SlaTarget target, int minutes, int warningPercent, SlaCycles.Cycle cycle, BusinessCalendar calendar,
                                       Instant now, List<SlaEvent> events) {
        Duration due = Duration.ofMinutes(minutes);
        // exact to the millisecond: minutes * 60,000 * percent / 100
        Duration warning = Duration.ofMillis(minutes * 600L * warningPercent);
        Duration counted = Duration.ZERO;
        Instant warningAt = null;
        Instant dueAt = null;
        List<SlaCycles.Span> spans = cycle.counting();
        for (int i = 0; i < spans.size(); i++) {
            SlaCycles.Span span = spans.get(i);
            if (cycle.countingNow() && i == spans.size() - 1) {
                // the clock goes on from here: where it will reach the thresholds, unless they were reached already
                if (warningAt == null) {
                    warningAt = calendar.addBusinessTime(span.from(), warning.minus(counted)).orElse(null);
                }
                if (dueAt == null) {
                    dueAt = calendar.addBusinessTime(span.from(), due.minus(counted)).orElse(null);
                }
                counted = counted.plus(calendar.businessTimeBetween(span.from(), span.to()));
                break;
            }
            Duration length = calendar.businessTimeBetween(span.from(), span.to());
            if (warningAt == null && counted.plus(length).compareTo(warning) > 0) {
                warningAt = calendar.addBusinessTime(span.from(), warning.minus(counted)).orElseThrow();
            }
            if (dueAt == null && counted.plus(length).compareTo(due) > 0) {
                dueAt = calendar.addBusinessTime(span.from(), due.minus(counted)).orElseThrow();
            }
            counted = counted.plus(length);
        }
        Duration paused = Duration.ZERO;
        for (SlaCycles.Span span : cycle.paused()) {
            paused = paused.plus(calendar.businessTimeBetween(span.from(), span.to()));
        }
        if (warningAt != null) {
            events.add(new SlaEvent(target, SlaEvent.Kind.WARNING, warningAt, cycle.start()));
        }
        if (dueAt != null) {
            events.add(new SlaEvent(target, SlaEvent.Kind.BREACH, dueAt, cycle.start()));
        }
        return new SlaTargetClock(target, state(cycle, warningAt, dueAt, now), minutes, counted.toMinutes(), paused.toMinutes(), warningAt, dueAt,
                cycle.stoppedAt());
    }

    private static SlaState state(SlaCycles.Cycle cycle, Instant warningAt, Instant dueAt, Instant now) {
        if (cycle.stoppedAt() != null) {
            return dueAt == null ? SlaState.MET : SlaState.BREACHED;
        }
        if (!cycle.countingNow()) {
            return dueAt == null ? SlaState.PAUSED : SlaState.BREACHED;
        }
        if (dueAt != null && !now.isBefore(dueAt)) {
            return SlaState.BREACHED;
        }
        return warningAt != null && !now.isBefore(warningAt) ? SlaState.WARNING : SlaState.RUNNING;
    }
}
