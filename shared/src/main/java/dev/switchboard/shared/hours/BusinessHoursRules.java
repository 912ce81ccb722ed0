package dev.switchboard.shared.hours;

import dev.switchboard.shared.problem.FieldError;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What business hours must look like: an IANA time zone; periods whose times parse, that do not
 * close when they open, and that overlap no other period of the same week (or of the same special
 * day); holidays with a date, each listed once. A period that closes at or before it opens runs
 * past midnight (ADR 0015), so it ends after it starts by definition and may overlap the next day's.
 * The backend enforces these rules; the workstation checks them before sending. Field names are the
 * JSON paths of {@link BusinessHours} ({@code weekly[2].closes}) after an optional prefix.
 */
public final class BusinessHoursRules {

    public static final int MAX_ROWS = 1000;
    public static final int MAX_NAME = 100;
    /** The message of a period that overlaps an earlier row's, so that a client can say it in its own words. */
    public static final String OVERLAPS = "overlaps another period";
    public static final String LISTED_TWICE = "listed twice";
    public static final String BAD_ZONE = "an IANA time zone such as Asia/Shanghai";
    public static final String BAD_OPENS = "a time from 00:00 to 23:59";
    public static final String BAD_CLOSES = "a time from 00:00 to 24:00";
    public static final String CLOSES_WHEN_OPENS = "a period must not close when it opens (00:00-24:00 is the whole day)";

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;

    private BusinessHoursRules() {
    }

    /** Every wrong field of {@code hours}, named {@code prefix} + its JSON path; empty when they hold. */
    public static List<FieldError> check(BusinessHours hours, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (zone(hours.timeZone()) == null) {
            errors.add(new FieldError(prefix + "timeZone", BAD_ZONE));
        }
        if (hours.weekly().size() + hours.holidays().size() + hours.specialDays().size() > MAX_ROWS) {
            errors.add(new FieldError(prefix + "weekly", "at most " + MAX_ROWS + " periods, holidays and special days together"));
        }
        List<Span> weekly = new ArrayList<>();
        for (int i = 0; i < hours.weekly().size(); i++) {
            WeeklyPeriod row = hours.weekly().get(i);
            String field = prefix + "weekly[" + i + "]";
            if (row == null || row.day() == null) {
                errors.add(new FieldError(field + ".day", "MONDAY to SUNDAY"));
                continue;
            }
            int[] period = period(row.opens(), row.closes(), field, errors);
            if (period != null) {
                weekly.add(new Span(i, (row.day().getValue() - 1) * DAY + period[0], length(period)));
            }
        }
        overlaps(weekly, true, prefix + "weekly", errors);
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < hours.holidays().size(); i++) {
            Holiday row = hours.holidays().get(i);
            String field = prefix + "holidays[" + i + "]";
            if (row == null || row.date() == null) {
                errors.add(new FieldError(field + ".date", "a date such as 2027-01-01"));
            } else if (!holidays.add(row.date())) {
                errors.add(new FieldError(field + ".date", LISTED_TWICE));
            } else {
                checkName(row.name(), field + ".name", errors);
            }
        }
        List<Span> special = new ArrayList<>();
        for (int i = 0; i < hours.specialDays().size(); i++) {
            SpecialDay row = hours.specialDays().get(i);
            String field = prefix + "specialDays[" + i + "]";
            if (row == null || row.date() == null) {
                errors.add(new FieldError(field + ".date", "a date such as 2027-02-07"));
                continue;
            }
            checkName(row.name(), field + ".name", errors);
            int[] period = period(row.opens(), row.closes(), field, errors);
            if (period != null) {
                special.add(new Span(i, (int) row.date().toEpochDay() * DAY + period[0], length(period)));
            }
        }
        overlaps(special, false, prefix + "specialDays", errors);
        return errors;
    }

    /** The zone of {@code name}, or null when it names none. */
    public static ZoneId zone(String name) {
        try {
            return name == null ? null : ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Minutes after midnight of {@code HH:mm} (up to {@code 24:00}), or null when it is not such a time. */
    public static Integer minutes(String time) {
        Matcher matcher = time == null ? null : TIME.matcher(time.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        return minutes <= DAY ? minutes : null;
    }

    /** Whether {@code opens}-{@code closes} runs past midnight into the next day. */
    public static boolean overnight(String opens, String closes) {
        Integer from = minutes(opens);
        Integer to = minutes(closes);
        return from != null && to != null && to <= from;
    }

    /** {opens, closes} in minutes, or null (with the errors added) when the times are wrong. */
    private static int[] period(String opens, String closes, String field, List<FieldError> errors) {
        Integer from = minutes(opens);
        Integer to = minutes(closes);
        boolean valid = true;
        if (from == null || from >= DAY) {
            errors.add(new FieldError(field + ".opens", BAD_OPENS));
            valid = false;
        }
        if (to == null) {
            errors.add(new FieldError(field + ".closes", BAD_CLOSES));
            valid = false;
        }
        if (valid && from.equals(to)) {
            errors.add(new FieldError(field + ".closes", CLOSES_WHEN_OPENS));
            valid = false;
        }
        return valid ? new int[] {from, to} : null;
    }

    private static int length(int[] period) {
        return period[1] > period[0] ? period[1] - period[0] : period[1] + DAY - period[0];
    }

    /**
     * Adds an error for each row that overlaps an earlier one; on a weekly schedule Sunday's night
     * runs into Monday, so positions are compared around the week.
     */
    private static void overlaps(List<Span> spans, boolean aroundTheWeek, String field, List<FieldError> errors) {
        for (int later = 1; later < spans.size(); later++) {
            Span b = spans.get(later);
            for (int earlier = 0; earlier < later; earlier++) {
                Span a = spans.get(earlier);
                boolean overlap = a.overlaps(b, 0) || (aroundTheWeek && (a.overlaps(b, WEEK) || b.overlaps(a, WEEK)));
                if (overlap) {
                    errors.add(new FieldError(field + "[" + b.row() + "]", OVERLAPS + " (row " + (a.row() + 1) + ")"));
                    break;
                }
            }
        }
    }

    private static void checkName(String name, String field, List<FieldError> errors) {
        if (name != null && name.length() > MAX_NAME) {
            errors.add(new FieldError(field, "at most " + MAX_NAME + " characters"));
        }
    }

    /** A period as minutes from a fixed point: {@code start} to {@code start + length}. */
    private record Span(int row, int start, int length) {

        /** Whether this span overlaps {@code other} moved on by {@code shift} minutes. */
        boolean overlaps(Span other, int shift) {
            int otherStart = other.start + shift;
            return start < otherStart + other.length && otherStart < start + length;
        }
    }
}
