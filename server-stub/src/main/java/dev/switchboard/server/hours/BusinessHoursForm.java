package dev.switchboard.server.hours;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import dev.switchboard.shared.problem.FieldError;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks business hours as an administrator sent them and turns them into a {@link BusinessCalendar}. */
public final class BusinessHoursForm {

    static final int MAX_ROWS = 1000;
    static final int MAX_NAME = 100;

    private BusinessHoursForm() {
    }

    /** The calendar of {@code hours}; 400 with every field that is wrong. */
    public static BusinessCalendar calendar(BusinessHours hours) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = hours.timeZone() == null ? null : ZoneId.of(hours.timeZone().strip());
        } catch (DateTimeException e) {
            // reported below
        }
        if (zone == null) {
            errors.add(new FieldError("timeZone", "an IANA time zone such as Asia/Shanghai"));
        }
        if (hours.weekly().size() + hours.holidays().size() + hours.specialDays().size() > MAX_ROWS) {
            errors.add(new FieldError("weekly", "at most " + MAX_ROWS + " periods, holidays and special days together"));
        }
        Map<DayOfWeek, List<OpeningPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < hours.weekly().size(); i++) {
            WeeklyPeriod row = hours.weekly().get(i);
            String field = "weekly[" + i + "]";
            if (row == null || row.day() == null) {
                errors.add(new FieldError(field + ".day", "MONDAY to SUNDAY"));
                continue;
            }
            OpeningPeriod period = OpeningPeriod.parse(row.opens(), row.closes(), field, errors);
            if (period != null) {
                weekly.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(period);
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < hours.holidays().size(); i++) {
            Holiday row = hours.holidays().get(i);
            if (row == null || row.date() == null) {
                errors.add(new FieldError("holidays[" + i + "].date", "a date such as 2027-01-01"));
            } else if (!holidays.add(row.date())) {
                errors.add(new FieldError("holidays[" + i + "].date", "listed twice"));
            } else {
                checkName(row.name(), "holidays[" + i + "].name", errors);
            }
        }
        Map<LocalDate, List<OpeningPeriod>> special = new HashMap<>();
        for (int i = 0; i < hours.specialDays().size(); i++) {
            SpecialDay row = hours.specialDays().get(i);
            String field = "specialDays[" + i + "]";
            if (row == null || row.date() == null) {
                errors.add(new FieldError(field + ".date", "a date such as 2027-02-07"));
                continue;
            }
            checkName(row.name(), field + ".name", errors);
            OpeningPeriod period = OpeningPeriod.parse(row.opens(), row.closes(), field, errors);
            if (period != null) {
                special.computeIfAbsent(row.date(), date -> new ArrayList<>()).add(period);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the business hours are not valid", errors);
        }
        return new BusinessCalendar(zone, weekly, holidays, special);
    }

    private static void checkName(String name, String field, List<FieldError> errors) {
        if (name != null && name.length() > MAX_NAME) {
            errors.add(new FieldError(field, "at most " + MAX_NAME + " characters"));
        }
    }
}
