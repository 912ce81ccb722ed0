package dev.switchboard.server.hours;

import dev.switchboard.shared.hours.BusinessHoursRules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A period of a day in local minutes: {@code opens} 0 to 1439, {@code closes} 0 to 1440. It closes
 * on the next day when it closes at or before it opens (22:00-02:00; 09:00-00:00 closes at midnight).
 */
record OpeningPeriod(int opens, int closes) {

    private static final int DAY = 24 * 60;

    /** The period of {@code opens}-{@code closes} ("HH:mm", closes may be "24:00"), checked by {@link BusinessHoursRules} already. */
    static OpeningPeriod of(String opens, String closes) {
        return new OpeningPeriod(BusinessHoursRules.minutes(opens), BusinessHoursRules.minutes(closes));
    }

    static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /**
     * When the period runs on {@code day} (the day it opens on), as instants. A local time the
     * clocks skip (spring forward) counts as the same time after the gap; a repeated one (fall back)
     * as its first occurrence: that is what {@link ZonedDateTime#of} does.
     */
    Interval on(LocalDate day, ZoneId zone) {
        LocalDate closingDay = closes <= opens || closes == DAY ? day.plusDays(1) : day;
        int closing = closes == DAY ? 0 : closes;
        return new Interval(ZonedDateTime.of(day, LocalTime.of(opens / 60, opens % 60), zone).toInstant(),
                ZonedDateTime.of(closingDay, LocalTime.of(closing / 60, closing % 60), zone).toInstant());
    }

    /** From {@code start} (open) to {@code end} (closed again). */
    record Interval(java.time.Instant start, java.time.Instant end) {
    }
}
