package dev.switchboard.app.groups;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.hours.BusinessHoursRules;
import dev.switchboard.shared.problem.FieldError;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the errors of a group's setup where the editor shows them: one message under the schedule
 * for every wrong row of business hours, one under the members for every wrong member, each naming
 * its row as the admin typed it, in the interface's language where the reason is a known one; other
 * fields keep their own place.
 */
final class GroupErrors {

    static final String HOURS = "businessHours";
    static final String MEMBERS = "members";

    private static final Pattern ROW = Pattern.compile("businessHours\\.(weekly|holidays|specialDays)\\[(\\d+)](?:\\..*)?");
    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)](?:\\..*)?");
    private static final Pattern OTHER_ROW = Pattern.compile("\\(row (\\d+)\\)");

    private final I18n i18n;

    GroupErrors(I18n i18n) {
        this.i18n = i18n;
    }

    /** {@code errors} as the editor shows them; the same field and message once. */
    List<FieldError> place(List<FieldError> errors, ScheduleModel schedule, List<Long> memberIds, LongFunction<String> agentName) {
        Map<String, FieldError> placed = new LinkedHashMap<>();
        for (FieldError error : errors) {
            FieldError shown = placeOne(error, schedule, memberIds, agentName);
            placed.putIfAbsent(error.field() + "\n" + shown.message(), shown);
        }
        return new ArrayList<>(placed.values());
    }

    private FieldError placeOne(FieldError error, ScheduleModel schedule, List<Long> memberIds, LongFunction<String> agentName) {
        Matcher row = ROW.matcher(error.field());
        if (row.matches()) {
            String list = row.group(1);
            int index = Integer.parseInt(row.group(2));
            return new FieldError(HOURS, rowLabel(list, index, schedule) + ": " + reason(error.message(), list, schedule));
        }
        if (error.field().startsWith(HOURS + ".weekly") || error.field().startsWith(HOURS + ".holidays")
                || error.field().startsWith(HOURS + ".specialDays")) {
            return new FieldError(HOURS, reason(error.message(), "weekly", schedule));
        }
        Matcher member = MEMBER.matcher(error.field());
        if (member.matches()) {
            int index = Integer.parseInt(member.group(1));
            String who = index < memberIds.size() ? agentName.apply(memberIds.get(index)) : "#" + (index + 1);
            return new FieldError(MEMBERS, who + ": " + reason(error.message(), null, schedule));
        }
        return new FieldError(error.field(), reason(error.message(), null, schedule));
    }

    /** How the admin sees a row of the schedule: "Monday 09:00–12:00", "Holiday 2027-01-01". */
    String rowLabel(String list, int index, ScheduleModel schedule) {
        switch (list) {
            case "weekly" -> {
                if (index >= schedule.weekly.size()) {
                    return "#" + (index + 1);
                }
                ScheduleModel.WeeklyRow row = schedule.weekly.get(index);
                return i18n.get("groups.hours.periodLabel", dayName(row.day.get()), row.opens.get(), row.closes.get());
            }
            case "holidays" -> {
                return index >= schedule.holidays.size() ? "#" + (index + 1)
                        : i18n.get("groups.hours.holidayLabel", schedule.holidays.get(index).date.get());
            }
            default -> {
                if (index >= schedule.specialDays.size()) {
                    return "#" + (index + 1);
                }
                ScheduleModel.SpecialRow row = schedule.specialDays.get(index);
                return i18n.get("groups.hours.specialLabel", row.date.get(), row.opens.get(), row.closes.get());
            }
        }
    }

    String dayName(DayOfWeek day) {
        return day == null ? "?" : day.getDisplayName(TextStyle.FULL, i18n.locale());
    }

    /** The backend's (or the shared rules') reason in the interface's words when it is one the workstation knows. */
    private String reason(String message, String list, ScheduleModel schedule) {
        if (message.startsWith(BusinessHoursRules.OVERLAPS)) {
            Matcher other = OTHER_ROW.matcher(message);
            return other.find() && list != null
                    ? i18n.get("groups.error.overlapsRow", rowLabel(list, Integer.parseInt(other.group(1)) - 1, schedule))
                    : i18n.get("groups.error.overlaps");
        }
        return switch (message) {
            case BusinessHoursRules.BAD_OPENS, BusinessHoursRules.BAD_CLOSES -> i18n.get("groups.error.time");
            case BusinessHoursRules.CLOSES_WHEN_OPENS -> i18n.get("groups.error.closesWhenOpens");
            case BusinessHoursRules.LISTED_TWICE -> i18n.get("groups.error.twice");
            case BusinessHoursRules.BAD_ZONE -> i18n.get("groups.error.zone");
            case Numbers.NOT_A_NUMBER -> i18n.get("groups.error.number");
            case "a date such as 2027-01-01", "a date such as 2027-02-07" -> i18n.get("groups.error.date");
            default -> message;
        };
    }
}
