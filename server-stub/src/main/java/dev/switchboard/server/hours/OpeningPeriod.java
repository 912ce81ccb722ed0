package dev.switchboard.server.hours;

import dev.switchboard.shared.problem.FieldError;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a day in local minutes: {@code opens} 0 to 1439, {@code closes} 0 to 1440. It closes
 * on the next day when it closes at or before it opens (22:00-02:00; 09:00-00:00 closes at midnight).
 */
record OpeningPeriod(int opens, int closes) {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");
    private static final int DAY = 24 * 60;

    /** The period of {@code opens}-{@code closes} ("HH:mm", closes may be "24:00"); adds what is wrong to {@code errors}. */
    static OpeningPeriod parse(String opens, String closes, String field, List<FieldError> errors) {
        Integer from = minutes(opens);
        Integer to = minutes(closes);
        if (from == null || from >= DAY) {
            errors.add(new FieldError(field + ".opens", "a time from 00:00 to 23:59"));
        }
        if (to == null) {
            errors.add(new FieldError(field + ".closes", "a time from 00:00 to 24:00"));
        }
        if (from != null && to != null && from.equals(to)) {
            errors.add(new FieldError(field + ".closes", "a period must not close when it opens (00:00-24:00 is the whole day)"));
        }
        return from == null || to == null ? null : new OpeningPeriod(from, to);
    }

    private static Integer minutes(String time) {
        Matcher matcher = time == null ? null : TIME.matcher(time.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        return minutes <= DAY ? minutes : null;
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
