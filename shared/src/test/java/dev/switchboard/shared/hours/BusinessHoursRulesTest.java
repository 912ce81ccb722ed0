package dev.switchboard.shared.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.problem.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessHoursRulesTest {

    @Test
    void periodsThatFollowEachOtherOrRunPastMidnightIntoAFreeMorningHold() {
        BusinessHours hours = new BusinessHours("Asia/Shanghai", List.of(
                new WeeklyPeriod(DayOfWeek.MONDAY, "09:00", "12:00"),
                new WeeklyPeriod(DayOfWeek.MONDAY, "12:00", "18:00"),
                new WeeklyPeriod(DayOfWeek.MONDAY, "22:00", "02:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "02:00", "24:00")),
                List.of(new Holiday(LocalDate.of(2027, 1, 1), "元旦")),
                List.of(new SpecialDay(LocalDate.of(2027, 2, 9), "10:00", "12:00", null),
                        new SpecialDay(LocalDate.of(2027, 2, 9), "13:00", "16:00", null)));
        assertThat(BusinessHoursRules.check(hours, "")).isEmpty();
    }

    @Test
    void anOverlapNamesTheLaterRowAndTheEarlierOne() {
        BusinessHours hours = new BusinessHours("UTC", List.of(
                new WeeklyPeriod(DayOfWeek.MONDAY, "09:00", "12:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "09:00", "12:00"),
                new WeeklyPeriod(DayOfWeek.MONDAY, "11:00", "13:00")), null, null);
        assertThat(BusinessHoursRules.check(hours, "businessHours."))
                .containsExactly(new FieldError("businessHours.weekly[2]", BusinessHoursRules.OVERLAPS + " (row 1)"));
    }

    @Test
    void aNightIntoTheNextDayOverlapsItsMorningAndSundayNightRunsIntoMonday() {
        BusinessHours intoTuesday = new BusinessHours("UTC", List.of(
                new WeeklyPeriod(DayOfWeek.MONDAY, "22:00", "02:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "01:00", "09:00")), null, null);
        assertThat(BusinessHoursRules.check(intoTuesday, "")).extracting(FieldError::field).containsExactly("weekly[1]");
        BusinessHours intoMonday = new BusinessHours("UTC", List.of(
                new WeeklyPeriod(DayOfWeek.MONDAY, "00:00", "08:00"),
                new WeeklyPeriod(DayOfWeek.SUNDAY, "23:00", "01:00")), null, null);
        assertThat(BusinessHoursRules.check(intoMonday, "")).extracting(FieldError::field).containsExactly("weekly[1]");
    }

    @Test
    void periodsOfTheSameSpecialDayMustNotOverlapButOtherDatesMay() {
        BusinessHours hours = new BusinessHours("UTC", List.of(), List.of(), List.of(
                new SpecialDay(LocalDate.of(2027, 2, 9), "10:00", "16:00", null),
                new SpecialDay(LocalDate.of(2027, 2, 10), "10:00", "16:00", null),
                new SpecialDay(LocalDate.of(2027, 2, 9), "15:00", "17:00", null)));
        assertThat(BusinessHoursRules.check(hours, "")).extracting(FieldError::field).containsExactly("specialDays[2]");
    }

    @Test
    void wrongTimesZonesAndDatesAreNamed() {
        BusinessHours hours = new BusinessHours("Asia/Beijing", List.of(
                new WeeklyPeriod(DayOfWeek.MONDAY, "9", "24:30"),
                new WeeklyPeriod(null, "09:00", "10:00"),
                new WeeklyPeriod(DayOfWeek.FRIDAY, "10:00", "10:00")),
                List.of(new Holiday(null, "x"), new Holiday(LocalDate.of(2027, 1, 1), null), new Holiday(LocalDate.of(2027, 1, 1), null)),
                List.of());
        assertThat(BusinessHoursRules.check(hours, "")).extracting(FieldError::field).containsExactly(
                "timeZone", "weekly[0].opens", "weekly[0].closes", "weekly[1].day", "weekly[2].closes", "holidays[0].date", "holidays[2].date");
    }
}
