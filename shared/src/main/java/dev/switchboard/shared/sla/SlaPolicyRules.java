package dev.switchboard.shared.sla;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.CustomerLevels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * What makes an SLA policy valid, checked by the backend (the authority) and by the workstation's
 * editor before it sends. Field names are the JSON field names ({@code priorities[1]} for one entry);
 * messages are protocol constants, which the workstation words in the reader's language.
 *
 * <p>A policy must measure something (at least one target), and every target is a whole number of
 * business minutes from 1 to {@link #MAX_MINUTES} (a year around the clock): a zero or negative
 * target would breach at the ticket's creation. The update mode comes with the update target and
 * only with it; a calendar group exactly with the {@link SlaCalendarSource#GROUP} calendar.
 */
public final class SlaPolicyRules {

    /** Ticket priorities, lowest first, as the ticket core names them. */
    public static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    /** Ticket channels, as the ticket core names them. */
    public static final List<String> CHANNELS = List.of("CHAT", "EMAIL", "WEB_FORM", "PHONE", "API");

    public static final int NAME_MAX = 100;
    public static final int MAX_MINUTES = 365 * 24 * 60;
    public static final int MAX_VALUES = 100;
    public static final int DEFAULT_WARNING_PERCENT = 80;

    public static final String NAME_MESSAGE = "1 to " + NAME_MAX + " characters";
    public static final String MINUTES_MESSAGE = "a whole number of minutes from 1 to " + MAX_MINUTES;
    public static final String NO_TARGET = "set at least one target: firstResponseMinutes, updateMinutes or solutionMinutes";
    public static final String UPDATE_MODE_REQUIRED = "required with updateMinutes: BETWEEN_AGENT_UPDATES or AFTER_CUSTOMER_MESSAGE";
    public static final String UPDATE_MODE_WITHOUT_TARGET = "only with updateMinutes";
    public static final String CALENDAR_REQUIRED = "required: TICKET_GROUP, GROUP or ALWAYS";
    public static final String CALENDAR_GROUP_REQUIRED = "required with calendar GROUP: the group whose business hours count";
    public static final String CALENDAR_GROUP_UNUSED = "only with calendar GROUP";
    public static final String GROUP_UNKNOWN = "an existing group";
    public static final String WARNING_MESSAGE = "a percentage from 1 to 99";
    public static final String PRIORITY_MESSAGE = "one of " + String.join(", ", PRIORITIES);
    public static final String CHANNEL_MESSAGE = "one of " + String.join(", ", CHANNELS);
    public static final String CATEGORY_MESSAGE = "a category id (a positive number)";
    public static final String LEVEL_MESSAGE = "1 to " + CustomerLevels.MAX_LENGTH + " characters, no control characters";
    public static final String LISTED_TWICE = "listed twice";
    public static final String TOO_MANY = "at most " + MAX_VALUES + " values";
    public static final String VERSION_REQUIRED = "required: the version the policy was read with";

    private SlaPolicyRules() {
    }

    /**
     * The fields that are wrong, empty when the policy may be stored.
     *
     * @param replacing   a {@code PUT}: the version read must come with it
     * @param groupExists whether a group id names an existing group
     */
    public static List<FieldError> check(NewSlaPolicy p, boolean replacing, LongPredicate groupExists) {
        List<FieldError> errors = new ArrayList<>();
        if (p.name() == null || p.name().isBlank() || p.name().strip().length() > NAME_MAX || p.name().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", NAME_MESSAGE));
        }
        values(errors, "priorities", p.priorities(), PRIORITIES::contains, value -> value, PRIORITY_MESSAGE);
        values(errors, "channels", p.channels(), CHANNELS::contains, value -> value, CHANNEL_MESSAGE);
        values(errors, "categoryIds", p.categoryIds(), id -> id > 0, id -> id, CATEGORY_MESSAGE);
        // levels match ignoring case, so "vip" and "VIP" are the same value
        values(errors, "customerLevels", p.customerLevels(), CustomerLevels::isValid, level -> level.strip().toUpperCase(Locale.ROOT),
                LEVEL_MESSAGE);
        values(errors, "groupIds", p.groupIds(), groupExists::test, id -> id, GROUP_UNKNOWN);
        calendar(errors, p, groupExists);
        minutes(errors, "firstResponseMinutes", p.firstResponseMinutes());
        minutes(errors, "updateMinutes", p.updateMinutes());
        minutes(errors, "solutionMinutes", p.solutionMinutes());
        if (p.firstResponseMinutes() == null && p.updateMinutes() == null && p.solutionMinutes() == null) {
            errors.add(new FieldError("firstResponseMinutes", NO_TARGET));
        }
        if (p.updateMinutes() != null && p.updateMode() == null) {
            errors.add(new FieldError("updateMode", UPDATE_MODE_REQUIRED));
        } else if (p.updateMinutes() == null && p.updateMode() != null) {
            errors.add(new FieldError("updateMode", UPDATE_MODE_WITHOUT_TARGET));
        }
        if (p.warningPercent() != null && (p.warningPercent() < 1 || p.warningPercent() > 99)) {
            errors.add(new FieldError("warningPercent", WARNING_MESSAGE));
        }
        if (p.raisePriorityTo() != null && !PRIORITIES.contains(p.raisePriorityTo())) {
            errors.add(new FieldError("raisePriorityTo", PRIORITY_MESSAGE));
        }
        if (p.reassignGroupId() != null && !groupExists.test(p.reassignGroupId())) {
            errors.add(new FieldError("reassignGroupId", GROUP_UNKNOWN));
        }
        if (replacing && p.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    private static void calendar(List<FieldError> errors, NewSlaPolicy p, LongPredicate groupExists) {
        if (p.calendar() == null) {
            errors.add(new FieldError("calendar", CALENDAR_REQUIRED));
        } else if (p.calendar() == SlaCalendarSource.GROUP && p.calendarGroupId() == null) {
            errors.add(new FieldError("calendarGroupId", CALENDAR_GROUP_REQUIRED));
        } else if (p.calendar() != SlaCalendarSource.GROUP && p.calendarGroupId() != null) {
            errors.add(new FieldError("calendarGroupId", CALENDAR_GROUP_UNUSED));
        } else if (p.calendarGroupId() != null && !groupExists.test(p.calendarGroupId())) {
            errors.add(new FieldError("calendarGroupId", GROUP_UNKNOWN));
        }
    }

    private static void minutes(List<FieldError> errors, String field, Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            errors.add(new FieldError(field, MINUTES_MESSAGE));
        }
    }

    /** Each value valid and listed once (by its {@code key}); the field of a bad value is {@code field[index]}. */
    private static <T> void values(List<FieldError> errors, String field, List<T> values, Predicate<T> valid, Function<T, Object> key,
                                   String message) {
        if (values.size() > MAX_VALUES) {
            errors.add(new FieldError(field, TOO_MANY));
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (!valid.test(value)) {
                errors.add(new FieldError(field + "[" + i + "]", message));
            } else if (!seen.add(key.apply(value))) {
                errors.add(new FieldError(field + "[" + i + "]", LISTED_TWICE));
            }
        }
    }
}
