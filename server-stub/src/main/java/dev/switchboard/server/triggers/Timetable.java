package dev.switchboard.server.triggers;

import dev.switchboard.shared.triggers.ScheduleRules;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A schedule's slots: the instants it is due at. Every N minutes counts from the epoch (so every
 * node computes the same slots); daily at HH:mm is that wall-clock time in the zone (on a day whose
 * HH:mm does not exist, the instant after the gap). A run is for the latest slot at or before now.
 */
final class Timetable {

    private Timetable() {
    }

    /** The latest slot at or before {@code now}. */
    static Instant currentSlot(Integer everyMinutes, String dailyAt, String timeZone, Instant now) {
        if (everyMinutes != null) {
            long period = everyMinutes * 60L;
            return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), period) * period);
        }
        LocalTime at = ScheduleRules.dailyAt(dailyAt);
        ZoneId zone = ZoneId.of(timeZone);
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
        return today.toInstant().isAfter(now) ? today.minusDays(1).toLocalDate().atTime(at).atZone(zone).toInstant() : today.toInstant();
    }
}
