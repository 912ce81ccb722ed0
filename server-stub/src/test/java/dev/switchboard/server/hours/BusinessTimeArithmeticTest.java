package dev.switchboard.server.hours;

import static dev.switchboard.server.hours.BusinessCalendarTest.SHANGHAI;
import static dev.switchboard.server.hours.BusinessCalendarTest.at;
import static dev.switchboard.server.hours.BusinessCalendarTest.calendar;
import static dev.switchboard.server.hours.BusinessCalendarTest.everyDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Adding business time to an instant, what an SLA's due time is: the cases other helpdesks got wrong
 * (a 24/7 calendar closing at midnight, a holiday closing the wrong day, lunch breaks, a week of
 * some weekdays only, periods ending at 24:00), all on fixed instants.
 */
class BusinessTimeArithmeticTest {

    static final String BERLIN = "Europe/Berlin";

    static List<WeeklyPeriod> weekdays(String opens, String closes, DayOfWeek... days) {
        List<WeeklyPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : days) {
            periods.add(new WeeklyPeriod(day, opens, closes));
        }
        return periods;
    }

    static final DayOfWeek[] MONDAY_TO_FRIDAY = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    @Test
    void theRealTwentyFourSevenCalendarNeverCloses() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen();
        Instant midnight = at("2027-03-02T00:00:00", SHANGHAI);

        assertThat(always.isOpen(midnight)).isTrue();
        assertThat(always.isOpen(midnight.minusNanos(1))).isTrue();
        assertThat(always.nextOpening(midnight)).contains(midnight);
        assertThat(always.addBusinessTime(midnight.minusSeconds(30), Duration.ofMinutes(1))).contains(midnight.plusSeconds(30));
        assertThat(always.businessTimeBetween(midnight.minusSeconds(30), midnight.plusSeconds(30))).isEqualTo(Duration.ofMinutes(1));
        assertThat(always.addBusinessTime(Instant.parse("2027-03-27T12:00:00Z"), Duration.ofDays(3)))
                .as("no daylight saving, no day boundaries").contains(Instant.parse("2027-03-30T12:00:00Z"));
    }

    @Test
    void aWeekOfWholeDaysIsOpenAcrossEveryMidnightIncludingDaylightSavingChanges() {
        BusinessCalendar shanghai = calendar(SHANGHAI, everyDay("00:00", "24:00"), List.of(), List.of());
        Instant midnight = at("2027-03-02T00:00:00", SHANGHAI);
        assertThat(shanghai.isOpen(midnight)).as("00:00 itself").isTrue();
        assertThat(shanghai.isOpen(midnight.minusNanos(1))).as("the last instant of the day before").isTrue();
        assertThat(shanghai.addBusinessTime(midnight.minusSeconds(30), Duration.ofMinutes(1))).contains(midnight.plusSeconds(30));
        assertThat(shanghai.businessTimeBetween(midnight.minusSeconds(30), midnight.plusSeconds(30))).isEqualTo(Duration.ofMinutes(1));

        BusinessCalendar berlin = calendar(BERLIN, everyDay("00:00", "24:00"), List.of(), List.of());
        // 2027-03-28 has 23 hours in Berlin, 2027-10-31 has 25: business time is still elapsed time
        Instant beforeSpring = at("2027-03-27T12:00:00", BERLIN);
        assertThat(berlin.addBusinessTime(beforeSpring, Duration.ofHours(24))).contains(beforeSpring.plus(Duration.ofHours(24)));
        assertThat(berlin.isOpen(Instant.parse("2027-03-28T01:00:00Z"))).as("03:00 summer time, right after the jump").isTrue();
        Instant beforeAutumn = at("2027-10-30T12:00:00", BERLIN);
        assertThat(berlin.addBusinessTime(beforeAutumn, Duration.ofHours(48))).contains(beforeAutumn.plus(Duration.ofHours(48)));
        assertThat(berlin.businessTimeBetween(beforeAutumn, beforeAutumn.plus(Duration.ofHours(48)))).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aHolidayClosesExactlyItsOwnDayInTheCalendarsZone() {
        BusinessCalendar shanghai = calendar(SHANGHAI, everyDay("00:00", "24:00"),
                List.of(new Holiday(LocalDate.of(2027, 5, 1), "劳动节")), List.of());
        // 2027-05-01 00:00 in Shanghai is 2027-04-30 16:00 UTC: a holiday taken as a UTC date would close 8 hours late
        assertThat(shanghai.isOpen(Instant.parse("2027-04-30T15:59:59Z"))).isTrue();
        assertThat(shanghai.isOpen(Instant.parse("2027-04-30T16:00:00Z"))).isFalse();
        assertThat(shanghai.isOpen(Instant.parse("2027-05-01T15:59:59Z"))).isFalse();
        assertThat(shanghai.isOpen(Instant.parse("2027-05-01T16:00:00Z"))).isTrue();
        assertThat(shanghai.nextOpening(Instant.parse("2027-05-01T03:00:00Z"))).contains(Instant.parse("2027-05-01T16:00:00Z"));
        assertThat(shanghai.businessTimeBetween(at("2027-04-30T00:00:00", SHANGHAI), at("2027-05-03T00:00:00", SHANGHAI)))
                .isEqualTo(Duration.ofHours(48));
        assertThat(shanghai.addBusinessTime(at("2027-04-30T23:59:00", SHANGHAI), Duration.ofMinutes(2)))
                .as("one minute before the holiday, one after it").contains(at("2027-05-02T00:01:00", SHANGHAI));

        // the 23-hour day of the spring change: closed from its midnight to the next, 23 hours
        BusinessCalendar berlin = calendar(BERLIN, everyDay("00:00", "24:00"), List.of(new Holiday(LocalDate.of(2027, 3, 28), "Sunday off")),
                List.of());
        assertThat(berlin.isOpen(Instant.parse("2027-03-27T22:59:59Z"))).isTrue();
        assertThat(berlin.isOpen(Instant.parse("2027-03-27T23:00:00Z"))).isFalse();
        assertThat(berlin.isOpen(Instant.parse("2027-03-28T21:59:59Z"))).isFalse();
        assertThat(berlin.isOpen(Instant.parse("2027-03-28T22:00:00Z"))).isTrue();
        assertThat(berlin.businessTimeBetween(Instant.parse("2027-03-27T12:00:00Z"), Instant.parse("2027-03-29T12:00:00Z")))
                .isEqualTo(Duration.ofHours(48 - 23));
    }

    @Test
    void aWeekOfSomeWeekdaysSkipsTheOthers() {
        BusinessCalendar hours = calendar(SHANGHAI, weekdays("09:00", "17:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                List.of(), List.of());
        // 2027-03-05 is a Friday, 2027-03-09 a Tuesday
        assertThat(hours.addBusinessTime(at("2027-03-05T16:00:00", SHANGHAI), Duration.ofHours(8)))
                .as("1 h on Friday, 7 h on Monday").contains(at("2027-03-08T16:00:00", SHANGHAI));
        assertThat(hours.addBusinessTime(at("2027-03-09T10:00:00", SHANGHAI), Duration.ofMinutes(60)))
                .as("Tuesday is closed: an hour into Wednesday").contains(at("2027-03-10T10:00:00", SHANGHAI));
        assertThat(hours.businessTimeBetween(at("2027-03-05T16:00:00", SHANGHAI), at("2027-03-08T16:00:00", SHANGHAI)))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aLunchBreakDoesNotCount() {
        List<WeeklyPeriod> week = new ArrayList<>(weekdays("09:00", "12:00", MONDAY_TO_FRIDAY));
        week.addAll(weekdays("13:30", "18:00", MONDAY_TO_FRIDAY));
        BusinessCalendar hours = calendar(SHANGHAI, week, List.of(), List.of());
        // 2027-03-01 is a Monday
        assertThat(hours.addBusinessTime(at("2027-03-01T11:30:00", SHANGHAI), Duration.ofMinutes(60))).contains(at("2027-03-01T14:00:00", SHANGHAI));
        assertThat(hours.addBusinessTime(at("2027-03-01T12:15:00", SHANGHAI), Duration.ofMinutes(30)))
                .as("counting starts when lunch ends").contains(at("2027-03-01T14:00:00", SHANGHAI));
        assertThat(hours.isOpen(at("2027-03-01T12:00:00", SHANGHAI))).isFalse();
        assertThat(hours.isOpen(at("2027-03-01T13:30:00", SHANGHAI))).isTrue();
        assertThat(hours.businessTimeBetween(at("2027-03-01T08:00:00", SHANGHAI), at("2027-03-01T20:00:00", SHANGHAI)))
                .isEqualTo(Duration.ofMinutes(3 * 60 + 4 * 60 + 30));
    }

    @Test
    void aPeriodEndingAtTwentyFourRunsIntoTheNextDaysPeriodWithoutAGap() {
        BusinessCalendar hours = calendar(SHANGHAI, List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "18:00", "24:00"),
                new WeeklyPeriod(DayOfWeek.TUESDAY, "00:00", "06:00")), List.of(), List.of());
        assertThat(hours.addBusinessTime(at("2027-03-01T23:50:00", SHANGHAI), Duration.ofMinutes(20))).contains(at("2027-03-02T00:10:00", SHANGHAI));
        assertThat(hours.isOpen(at("2027-03-02T00:00:00", SHANGHAI))).isTrue();
        assertThat(hours.addBusinessTime(at("2027-03-01T12:00:00", SHANGHAI), Duration.ofHours(12)))
                .as("used up at Tuesday's closing time").contains(at("2027-03-02T06:00:00", SHANGHAI));
    }

    @Test
    void anAmountUsedUpAtClosingTimeEndsThereAndZeroEndsWhereItStarts() {
        BusinessCalendar hours = calendar(SHANGHAI, everyDay("09:00", "18:00"), List.of(), List.of());
        Instant saturdayNight = at("2027-03-06T22:00:00", SHANGHAI);
        assertThat(hours.addBusinessTime(at("2027-03-01T17:00:00", SHANGHAI), Duration.ofHours(1))).contains(at("2027-03-01T18:00:00", SHANGHAI));
        assertThat(hours.addBusinessTime(saturdayNight, Duration.ZERO)).contains(saturdayNight);
        assertThat(hours.addBusinessTime(saturdayNight, Duration.ofSeconds(1))).contains(at("2027-03-07T09:00:01", SHANGHAI));
        assertThatThrownBy(() -> hours.addBusinessTime(saturdayNight, Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarThatNeverOpensHasNoDueTimeButALongSparseOneHas() {
        BusinessCalendar never = calendar(SHANGHAI, List.of(), List.of(), List.of());
        assertThat(never.addBusinessTime(Instant.parse("2027-03-01T00:00:00Z"), Duration.ofMinutes(1))).isEqualTo(Optional.empty());

        // one hour a week: 200 hours take 200 weeks, far more than a year of days
        BusinessCalendar sparse = calendar(SHANGHAI, List.of(new WeeklyPeriod(DayOfWeek.MONDAY, "09:00", "10:00")), List.of(), List.of());
        assertThat(sparse.addBusinessTime(at("2027-03-01T00:00:00", SHANGHAI), Duration.ofHours(200)))
                .contains(at("2027-03-01T10:00:00", SHANGHAI).plus(Duration.ofDays(7 * 199)));
    }

    @Test
    void addingAndMeasuringAgree() {
        List<WeeklyPeriod> week = new ArrayList<>(weekdays("09:00", "12:00", MONDAY_TO_FRIDAY));
        week.addAll(weekdays("13:30", "18:00", MONDAY_TO_FRIDAY));
        week.add(new WeeklyPeriod(DayOfWeek.SATURDAY, "22:00", "02:00"));
        List<BusinessCalendar> calendars = List.of(
                calendar(SHANGHAI, week, List.of(new Holiday(LocalDate.of(2027, 3, 10), null)),
                        List.of(new SpecialDay(LocalDate.of(2027, 3, 14), "10:00", "15:00", null))),
                calendar(BERLIN, everyDay("08:00", "20:00"), List.of(new Holiday(LocalDate.of(2027, 3, 29), null)), List.of()),
                BusinessCalendar.alwaysOpen());
        Random random = new Random(13);
        Instant base = Instant.parse("2027-03-01T00:00:00Z");
        for (BusinessCalendar hours : calendars) {
            for (int i = 0; i < 300; i++) {
                Instant from = base.plusSeconds(random.nextInt(40 * 24 * 3600));
                Duration amount = Duration.ofMinutes(1 + random.nextInt(5000));
                Instant due = hours.addBusinessTime(from, amount).orElseThrow();
                assertThat(hours.businessTimeBetween(from, due)).as("from %s plus %s", from, amount).isEqualTo(amount);
                assertThat(hours.businessTimeBetween(from, due.minusSeconds(1))).isLessThan(amount);
            }
        }
    }
}
