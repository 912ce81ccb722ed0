package dev.switchboard.shared.hours;

import java.util.List;

/**
 * When a group works: a weekly schedule in a time zone, dates it is closed (holidays) and dates it
 * works on other hours than the week says (special working days, e.g. a Saturday worked in
 * exchange for a holiday). A group without business hours is always open.
 *
 * @param timeZone    an IANA zone such as {@code Asia/Shanghai}; every time below is local to it
 * @param weekly      the periods of a normal week; a day with none is closed
 * @param holidays    dates closed all day, whatever the week says
 * @param specialDays dates open on these periods instead of the week's (one row per period)
 */
public record BusinessHours(String timeZone, List<WeeklyPeriod> weekly, List<Holiday> holidays, List<SpecialDay> specialDays) {

    public BusinessHours {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        specialDays = specialDays == null ? List.of() : List.copyOf(specialDays);
    }
}
