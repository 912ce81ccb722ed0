package dev.switchboard.server.hours;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.BusinessHoursRules;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import dev.switchboard.shared.problem.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks business hours as an administrator sent them (the shared {@link BusinessHoursRules}) and
 * turns them into a {@link BusinessCalendar}.
 */
public final class BusinessHoursForm {

    private BusinessHoursForm() {
    }

    /** The calendar of {@code hours}; 400 with every field that is wrong. */
    public static BusinessCalendar calendar(BusinessHours hours) {
        List<FieldError> errors = BusinessHoursRules.check(hours, "");
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the business hours are not valid", errors);
        }
        Map<DayOfWeek, List<OpeningPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
        for (WeeklyPeriod row : hours.weekly()) {
            weekly.computeIfAbsent(row.day(), day -> new ArrayList<>()).add(OpeningPeriod.of(row.opens(), row.closes()));
        }
        Set<LocalDate> holidays = new HashSet<>();
        hours.holidays().forEach(row -> holidays.add(row.date()));
        Map<LocalDate, List<OpeningPeriod>> special = new HashMap<>();
        for (SpecialDay row : hours.specialDays()) {
            special.computeIfAbsent(row.date(), date -> new ArrayList<>()).add(OpeningPeriod.of(row.opens(), row.closes()));
        }
        return new BusinessCalendar(BusinessHoursRules.zone(hours.timeZone()), weekly, holidays, special);
    }
}
