package dev.switchboard.server.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A group's business hours as a calculator: whether it is open at an instant, when it opens next,
 * and how much business time lies between two instants (what an SLA counts). Pure and immutable:
 * it knows its time zone and rules, nothing else; day boundaries, holidays and daylight saving
 * follow the zone's local calendar.
 *
 * <p>Each period belongs to the day it opens on: the weekly period of that weekday, or, on a
 * special working day, that date's periods instead; a holiday has none. A period that runs past
 * midnight keeps running on the next day even if that day is a holiday.
 *
 * <p>{@link #alwaysOpen()} is a real 24/7 calendar, not a week of 00:00-24:00 periods: it has no
 * day boundaries at all, so nothing can close it at midnight or on a daylight-saving change.
 */
public final class BusinessCalendar {

    /** How far {@link #nextOpening} looks ahead: a calendar closed for longer has no next opening. */
    static final int DAYS_AHEAD = 400;

    private static final BusinessCalendar ALWAYS_OPEN = new BusinessCalendar(ZoneOffset.UTC, Map.of(), Set.of(), Map.of(), true);

    /**
     * How many days' intervals a calendar remembers: an SLA run evaluates thousands of tickets over
     * the same few weeks, and turning local times into instants is most of the work. A pure function
     * of the immutable rules, so it is never stale; past the bound it starts over.
     */
    private static final int DAYS_REMEMBERED = 4096;

    private final ZoneId zone;
    private final boolean alwaysOpen;
    private final Map<LocalDate, List<OpeningPeriod.Interval>> days = new ConcurrentHashMap<>();
    private final Map<DayOfWeek, List<OpeningPeriod>> weekly;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<OpeningPeriod>> specialDays;

    BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningPeriod>> weekly, Set<LocalDate> holidays,
                     Map<LocalDate, List<OpeningPeriod>> specialDays) {
        this(zone, weekly, holidays, specialDays, false);
    }

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningPeriod>> weekly, Set<LocalDate> holidays,
                             Map<LocalDate, List<OpeningPeriod>> specialDays, boolean alwaysOpen) {
        this.zone = zone;
        this.alwaysOpen = alwaysOpen;
        this.weekly = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, periods) -> this.weekly.put(day, List.copyOf(periods)));
        this.holidays = Set.copyOf(holidays);
        this.specialDays = Map.copyOf(specialDays);
    }

    /** Open at every instant: what a group without business hours keeps, and an SLA counted around the clock. */
    public static BusinessCalendar alwaysOpen() {
        return ALWAYS_OPEN;
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen) {
            return true;
        }
        LocalDate today = LocalDate.ofInstant(at, zone);
        // yesterday's periods may run past midnight into today
        for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            for (OpeningPeriod.Interval interval : intervals(day)) {
                if (!at.isBefore(interval.start()) && at.isBefore(interval.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code at} itself when open then; otherwise when it opens next; empty when it does not open within {@value #DAYS_AHEAD} days. */
    public Optional<Instant> nextOpening(Instant at) {
        if (isOpen(at)) {
            return Optional.of(at);
        }
        LocalDate today = LocalDate.ofInstant(at, zone);
        for (LocalDate day = today; day.isBefore(today.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            for (OpeningPeriod.Interval interval : intervals(day)) {
                if (interval.start().isAfter(at)) {
                    return Optional.of(interval.start());
                }
            }
        }
        return Optional.empty();
    }

    /** The open time between {@code from} and {@code to} (zero when {@code to} is not after {@code from}); overlapping periods count once. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        List<OpeningPeriod.Interval> all = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            all.addAll(intervals(day));
        }
        all.sort(Comparator.comparing(OpeningPeriod.Interval::start));
        Duration total = Duration.ZERO;
        Instant counted = from;
        for (OpeningPeriod.Interval interval : all) {
            Instant start = max(interval.start(), counted);
            Instant end = interval.end().isBefore(to) ? interval.end() : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
                counted = end;
            }
        }
        return total;
    }

    /**
     * The instant at which {@code amount} of open time has passed since {@code from}: what an SLA
     * target of that much business time is due at. Closed time is skipped, so the answer is inside a
     * period or at its closing instant (an amount used up exactly at closing time ends there, not at
     * the next opening); zero answers {@code from} itself. Empty when the calendar stays closed for
     * {@value #DAYS_AHEAD} days in a row before the amount is used up.
     */
    public Optional<Instant> addBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount of business time: " + amount);
        }
        if (amount.isZero()) {
            return Optional.of(from);
        }
        if (alwaysOpen) {
            return Optional.of(from.plus(amount));
        }
        Duration remaining = amount;
        Instant counted = from;
        int closedDays = 0;
        // yesterday's periods may run past midnight into today; days in order keep periods in opening order
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); closedDays <= DAYS_AHEAD; day = day.plusDays(1)) {
            boolean counts = false;
            for (OpeningPeriod.Interval interval : intervals(day)) {
                Instant start = max(interval.start(), counted);
                if (!interval.end().isAfter(start)) {
                    continue;
                }
                counts = true;
                Duration open = Duration.between(start, interval.end());
                if (remaining.compareTo(open) <= 0) {
                    return Optional.of(start.plus(remaining));
                }
                remaining = remaining.minus(open);
                counted = interval.end();
            }
            closedDays = counts ? 0 : closedDays + 1;
        }
        return Optional.empty();
    }

    /** The periods that open on {@code day}, as instants in opening order; none that the clocks skip entirely. */
    private List<OpeningPeriod.Interval> intervals(LocalDate day) {
        List<OpeningPeriod.Interval> known = days.get(day);
        if (known != null) {
            return known;
        }
        if (days.size() >= DAYS_REMEMBERED) {
            days.clear();
        }
        List<OpeningPeriod.Interval> computed = computeIntervals(day);
        days.put(day, computed);
        return computed;
    }

    private List<OpeningPeriod.Interval> computeIntervals(LocalDate day) {
        List<OpeningPeriod> periods = specialDays.containsKey(day) ? specialDays.get(day)
                : holidays.contains(day) ? List.of() : weekly.getOrDefault(day.getDayOfWeek(), List.of());
        List<OpeningPeriod.Interval> intervals = new ArrayList<>(periods.size());
        for (OpeningPeriod period : periods) {
            OpeningPeriod.Interval interval = period.on(day, zone);
            if (interval.end().isAfter(interval.start())) {
                intervals.add(interval);
            }
        }
        intervals.sort(Comparator.comparing(OpeningPeriod.Interval::start));
        return List.copyOf(intervals);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
