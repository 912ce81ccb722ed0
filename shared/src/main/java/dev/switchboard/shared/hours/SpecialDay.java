package dev.switchboard.shared.hours;

import java.time.LocalDate;

/**
 * A date the group works on other hours than the week says: its periods (one row each) replace the
 * week's for that date. Times as in {@link WeeklyPeriod}.
 */
public record SpecialDay(LocalDate date, String opens, String closes, String name) {
}
