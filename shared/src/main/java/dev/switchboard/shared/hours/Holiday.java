package dev.switchboard.shared.hours;

import java.time.LocalDate;

/** A date the group is closed all day (a period of the day before that runs past midnight still ends as usual). */
public record Holiday(LocalDate date, String name) {
}
