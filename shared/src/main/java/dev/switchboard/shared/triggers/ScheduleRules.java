package dev.switchboard.shared.triggers;

import dev.switchboard.shared.problem.FieldError;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a schedule valid: a name, exactly one timetable ({@code everyMinutes} from
 * {@link #MIN_EVERY_MINUTES} to a day, or {@code dailyAt} {@code HH:mm} in a known time zone), a
 * cap per run, and conditions and actions as {@link TriggerRules} checks them. A schedule without
 * conditions would act on every ticket, so it needs at least one.
 */
public final class ScheduleRules {

    public static final int MIN_EVERY_MINUTES = 5;
    public static final int MAX_EVERY_MINUTES = 24 * 60;
    public static final int DEFAULT_MAX_TICKETS = 200;
    public static final int MAX_TICKETS = 5000;

    public static final String TIMETABLE_MESSAGE = "either everyMinutes or dailyAt";
    public static final String EVERY_MESSAGE = "a whole number of minutes from " + MIN_EVERY_MINUTES + " to " + MAX_EVERY_MINUTES;
    public static final String DAILY_MESSAGE = "a time of day as HH:mm";
    public static final String ZONE_MESSAGE = "a time zone such as Asia/Shanghai";
    public static final String MAX_TICKETS_MESSAGE = "1 to " + MAX_TICKETS;
    public static final String CONDITIONS_REQUIRED = "at least one condition: a schedule without any would act on every ticket";

    private ScheduleRules() {
    }

    public static List<FieldError> check(NewTicketSchedule schedule, boolean replacing, RuleVocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        TriggerRules.name(errors, schedule.name());
        if ((schedule.everyMinutes() == null) == (schedule.dailyAt() == null)) {
            errors.add(new FieldError("everyMinutes", TIMETABLE_MESSAGE));
        } else if (schedule.everyMinutes() != null && (schedule.everyMinutes() < MIN_EVERY_MINUTES || schedule.everyMinutes() > MAX_EVERY_MINUTES)) {
            errors.add(new FieldError("everyMinutes", EVERY_MESSAGE));
        } else if (schedule.dailyAt() != null && dailyAt(schedule.dailyAt()) == null) {
            errors.add(new FieldError("dailyAt", DAILY_MESSAGE));
        }
        if (schedule.timeZone() != null && zone(schedule.timeZone()) == null) {
            errors.add(new FieldError("timeZone", ZONE_MESSAGE));
        }
        if (schedule.maxTickets() != null && (schedule.maxTickets() < 1 || schedule.maxTickets() > MAX_TICKETS)) {
            errors.add(new FieldError("maxTickets", MAX_TICKETS_MESSAGE));
        }
        if (schedule.conditions().isEmpty()) {
            errors.add(new FieldError("conditions", CONDITIONS_REQUIRED));
        }
        TriggerRules.conditions(errors, schedule.conditions(), vocabulary);
        TriggerRules.actions(errors, schedule.actions(), vocabulary);
        if (replacing && schedule.version() == null) {
            errors.add(new FieldError("version", TriggerRules.VERSION_REQUIRED));
        }
        return errors;
    }

    /** The time of day of {@code HH:mm}, or null. */
    public static LocalTime dailyAt(String text) {
        try {
            return text.matches("\\d{2}:\\d{2}") ? LocalTime.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The zone, or null when it is not one. */
    public static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
