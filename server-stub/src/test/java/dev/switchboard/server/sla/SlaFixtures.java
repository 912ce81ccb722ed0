package dev.switchboard.server.sla;

import dev.switchboard.server.hours.BusinessCalendar;
import dev.switchboard.server.hours.BusinessHoursForm;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.WeeklyPeriod;
import dev.switchboard.shared.sla.SlaCalendarSource;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaUpdateMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Calendars, policies and tickets for the SLA tests, on fixed instants in Shanghai (2027-03-01 is a Monday). */
final class SlaFixtures {

    static final String SHANGHAI = "Asia/Shanghai";
    static final SlaFacts ANY_TICKET = new SlaFacts("NORMAL", List.of(), null, null, "EMAIL");

    private SlaFixtures() {
    }

    static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ZoneId.of(SHANGHAI)).toInstant();
    }

    /** 09:00-18:00 every day. */
    static BusinessCalendar nineToSix() {
        List<WeeklyPeriod> week = Arrays.stream(DayOfWeek.values()).map(day -> new WeeklyPeriod(day, "09:00", "18:00")).toList();
        return BusinessHoursForm.calendar(new BusinessHours(SHANGHAI, week, List.of(), List.of()));
    }

    /** Monday to Friday, 09:00-12:00 and 13:30-18:00. */
    static BusinessCalendar officeWeek() {
        List<WeeklyPeriod> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new WeeklyPeriod(day, "09:00", "12:00"));
            week.add(new WeeklyPeriod(day, "13:30", "18:00"));
        }
        return BusinessHoursForm.calendar(new BusinessHours(SHANGHAI, week, List.of(), List.of()));
    }

    /** A policy for any ticket with these targets (null: not measured), warning at 80 %. */
    static SlaPolicy policy(Integer firstResponse, Integer update, SlaUpdateMode mode, Integer solution) {
        return new SlaPolicy(7, 1, "Standard", true, List.of(), List.of(), List.of(), List.of(), List.of(), SlaCalendarSource.TICKET_GROUP,
                null, firstResponse, update, mode, solution, 80, null, null, 1);
    }

    static SlaTicket ticket(Instant createdAt, SlaTicketEvent... events) {
        return new SlaTicket(createdAt, ANY_TICKET, List.of(events));
    }
}
