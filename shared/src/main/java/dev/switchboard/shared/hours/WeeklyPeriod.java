package dev.switchboard.shared.hours;

import java.time.DayOfWeek;

/**
 * A period of a normal week, in local time: {@code opens} from {@code 00:00} to {@code 23:59},
 * {@code closes} from {@code 00:01} to {@code 24:00}. A period that closes at or before it opens
 * runs past midnight into the next day (e.g. {@code 22:00}-{@code 02:00}) and belongs to the day it
 * opens on: a holiday on the next day does not cut it.
 */
public record WeeklyPeriod(DayOfWeek day, String opens, String closes) {
}
