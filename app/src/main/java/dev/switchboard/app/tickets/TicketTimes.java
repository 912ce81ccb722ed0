package dev.switchboard.app.tickets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment of a ticket (its pending reminder) as the agent reads it: in their zone, worded for their language. */
final class TicketTimes {

    private TicketTimes() {
    }

    /** E.g. "Dec 9, 2026, 9:30 AM" or "2026年12月9日 09:30"; empty for none. */
    static String dateTime(Instant at, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }
}
