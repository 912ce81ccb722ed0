package dev.switchboard.server.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The business-hours calculator over zones with and without daylight saving, holidays, special days and midnight. */
class BusinessCalendarTest {

    static final String SHANGHAI = "Asia/Shanghai";

    static BusinessCalendar calendar(String zone, List<WeeklyPeriod> weekly, List<Holiday> holidays, List<SpecialDay> special) {
        return BusinessHoursForm.calendar(new BusinessHours(zone, weekly, holidays, special));
    }

    static List<WeeklyPeriod> everyDay(String opens, String closes) {
        return Arrays.stream(DayOfWeek.values()).map(day -> new WeeklyPeriod(day, opens, closes)).toList();
    }

    static Instant at(String localDateTime, String zone) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), java.time.ZoneId.of(zone)).toInstant();
    }

    @Test
    void openFromOpeningToClosingInTheGroupsZone() {
        BusinessCalendar hours = calendar(SHANGHAI, everyDay("09:00", "21:00"), List.of(), List.of());

        assertThat(hours.isOpen(at("2027-03-01T08:59:59", SHANGHAI))).isFalse();
        assertThat(hours.isOpen(at("2027-03-01T09:00:00", SHANGHAI))).isTrue();
        assertThat(hours.isOpen(at("2027-03-01T20:59:59", SHANGHAI))).isTrue();
        assertThat(hours.isOpen(at("2027-03-01T21:00:00", SHANGHAI))).as("closing time is closed").isFalse();
        // 01:00 UTC is 09:00 in Shanghai
        assertThat(hours.isOpen(Instant.parse("2027-03-01T01:00:00Z"))).isTrue();
        assertThat(hours.nextOpening(at("2027-03-01T22:00:00", SHANGHAI))).contains(at("2027-03-02T09:00:00", SHANGHAI));
        assertThat(hours.nextOpening(at("2027-03-01T10:00:00", SHANGHAI))).as("open now: now").contains(at("2027-03-01T10:00:00", SHANGHAI));
    }

    @Test
    void aClosedWeekdayIsSkipped() {
        List<WeeklyPeriod> weekdays = everyDay("09:00", "18:00").stream()
                .filter(period -> period.day() != DayOfWeek.SATURDAY && period.day() != DayOfWeek.SUNDAY).toList();
        BusinessCalendar hours = calendar(SHANGHAI, weekdays, List.of(), List.of());

        // 2027-03-05 is a Friday
        assertThat(hours.nextOpening(at("2027-03-05T18:00:00", SHANGHAI))).contains(at("2027-03-08T09:00:00", SHANGHAI));
        assertThat(hours.businessTimeBetween(at("2027-03-05T17:00:00", SHANGHAI), at("2027-03-08T10:30:00", SHANGHAI)))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void holidaysCloseAndSpecialWorkingDaysOpenOnTheirOwnHours() {
        BusinessCalendar hours = calendar(SHANGHAI, everyDay("09:00", "21:00"),
                List.of(new Holiday(LocalDate.of(2027, 2, 6), "春节"), new Holiday(LocalDate.of(2027, 2, 7), "春节")),
                List.of(new SpecialDay(LocalDate.of(2027, 2, 8), "10:00", "12:00", "half day"),
                        new SpecialDay(LocalDate.of(2027, 2, 8), "13:00", "15:00", "half day")));

        assertThat(hours.isOpen(at("2027-02-06T12:00:00", SHANGHAI))).isFalse();
        assertThat(hours.nextOpening(at("2027-02-06T12:00:00", SHANGHAI))).as("two holidays, then the special day's first period")
                .contains(at("2027-02-08T10:00:00", SHANGHAI));
        assertThat(hours.isOpen(at("2027-02-08T09:30:00", SHANGHAI))).as("the week's 09:00 does not apply on a special day").isFalse();
        assertThat(hours.isOpen(at("2027-02-08T12:30:00", SHANGHAI))).isFalse();
        assertThat(hours.nextOpening(at("2027-02-08T12:30:00", SHANGHAI))).contains(at("2027-02-08T13:00:00", SHANGHAI));
        assertThat(hours.businessTimeBetween(at("2027-02-05T20:00:00", SHANGHAI), at("2027-02-09T10:00:00", SHANGHAI)))
                .as("1 h on the 5th, none on the holidays, 4 h on the special day, 1 h on the 9th").isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aPeriodPastMidnightBelongsToTheDayItOpensOn() {
        BusinessCalendar hours = calendar(SHANGHAI, List.of(new WeeklyPeriod(DayOfWeek.FRIDAY, "22:00", "02:00")),
                List.of(new Holiday(LocalDate.of(2027, 3, 6), "Saturday holiday")), List.of());

        assertThat(hours.isOpen(at("2027-03-05T23:30:00", SHANGHAI))).isTrue();
        assertThat(hours.isOpen(at("2027-03-06T01:59:00", SHANGHAI))).as("Friday's period runs into the holiday").isTrue();
        assertThat(hours.isOpen(at("2027-03-06T02:00:00", SHANGHAI))).isFalse();
        assertThat(hours.isOpen(at("2027-03-04T23:30:00", SHANGHAI))).as("a Thursday").isFalse();
        assertThat(hours.businessTimeBetween(at("2027-03-05T00:00:00", SHANGHAI), at("2027-03-07T00:00:00", SHANGHAI)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(hours.nextOpening(at("2027-03-06T03:00:00", SHANGHAI))).contains(at("2027-03-12T22:00:00", SHANGHAI));
    }

    @Test
    void aWholeDayAndAPeriodClosingAtMidnight() {
        BusinessCalendar hours = calendar(SHANGHAI, List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "00:00", "24:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "18:00", "00:00")), List.of(), List.of());

        // 2027-03-01 is a Monday
        assertThat(hours.businessTimeBetween(at("2027-03-01T00:00:00", SHANGHAI), at("2027-03-03T00:00:00", SHANGHAI)))
                .isEqualTo(Duration.ofHours(30));
        assertThat(hours.isOpen(at("2027-03-02T23:59:59", SHANGHAI))).isTrue();
        assertThat(hours.isOpen(at("2027-03-03T00:00:00", SHANGHAI))).isFalse();
    }

    @Test
    void overlappingPeriodsCountOnce() {
        // the rules refuse overlaps within the week; a special day may still open while the night before runs
        BusinessCalendar hours = calendar(SHANGHAI, List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "20:00", "03:00")), List.of(),
                List.of(new SpecialDay(java.time.LocalDate.of(2027, 3, 2), "00:00", "06:00", null)));

        assertThat(hours.businessTimeBetween(at("2027-03-01T00:00:00", SHANGHAI), at("2027-03-03T00:00:00", SHANGHAI)))
                .as("Monday 20:00 to Tuesday 06:00").isEqualTo(Duration.ofHours(10));
    }

    @Test
    void daylightSavingShortensAndLengthensTheDaysItChanges() {
        String berlin = "Europe/Berlin";
        BusinessCalendar hours = calendar(berlin, everyDay("00:00", "24:00"), List.of(), List.of());
        // clocks go forward on 2027-03-28 and back on 2027-10-31
        assertThat(hours.businessTimeBetween(at("2027-03-28T00:00:00", berlin), at("2027-03-29T00:00:00", berlin)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(hours.businessTimeBetween(at("2027-10-31T00:00:00", berlin), at("2027-11-01T00:00:00", berlin)))
                .isEqualTo(Duration.ofHours(25));

        BusinessCalendar nights = calendar(berlin, everyDay("01:00", "04:00"), List.of(), List.of());
        assertThat(nights.businessTimeBetween(at("2027-03-28T00:00:00", berlin), at("2027-03-29T00:00:00", berlin)))
                .as("02:00 to 03:00 never happens").isEqualTo(Duration.ofHours(2));
        assertThat(nights.businessTimeBetween(at("2027-10-31T00:00:00", berlin), at("2027-11-01T00:00:00", berlin)))
                .as("02:00 to 03:00 happens twice").isEqualTo(Duration.ofHours(4));
        assertThat(nights.isOpen(Instant.parse("2027-10-31T01:30:00Z"))).as("02:30 the second time, winter time").isTrue();
    }

    @Test
    void openingInsideTheSpringGapOpensWhenTheClocksHaveJumped() {
        String newYork = "America/New_York";
        BusinessCalendar hours = calendar(newYork, everyDay("02:30", "05:00"), List.of(), List.of());
        // 2027-03-14 02:00 EST jumps to 03:00 EDT: 02:30 is 03:30 EDT, 07:30 UTC
        assertThat(hours.nextOpening(Instant.parse("2027-03-14T06:00:00Z"))).contains(Instant.parse("2027-03-14T07:30:00Z"));
        assertThat(hours.isOpen(Instant.parse("2027-03-14T07:29:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2027-03-14T08:59:00Z"))).as("04:59 EDT").isTrue();
    }

    @Test
    void neverOpenHasNoNextOpening() {
        BusinessCalendar hours = calendar(SHANGHAI, List.of(), List.of(), List.of());

        assertThat(hours.isOpen(Instant.parse("2027-03-01T03:00:00Z"))).isFalse();
        assertThat(hours.nextOpening(Instant.parse("2027-03-01T03:00:00Z"))).isEqualTo(Optional.empty());
        assertThat(hours.businessTimeBetween(Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"))).isZero();
    }

    @Test
    void badHoursAreRefusedWithEveryFieldThatIsWrong() {
        assertThatThrownBy(() -> calendar("Mars/Olympus", List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "25:00", "09:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "09:00", "09:00"), new WeeklyPeriod(null, "09:00", "10:00")),
                List.of(new Holiday(LocalDate.of(2027, 1, 1), null), new Holiday(LocalDate.of(2027, 1, 1), null)), List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problem().errors()).extracting(error -> error.field())
                        .containsExactlyInAnyOrder("timeZone", "weekly[0].opens", "weekly[1].closes", "weekly[2].day", "holidays[1].date"));
    }
}
