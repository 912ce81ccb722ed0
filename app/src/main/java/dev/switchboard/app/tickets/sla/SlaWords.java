package dev.switchboard.app.tickets.sla;

import dev.switchboard.app.platform.I18n;
import java.time.Duration;

/**
 * A countdown in words, in the reader's language: the urgency as a word (so it does not rest on
 * colour alone) and the time left or overdue, {@code H:MM:SS} under a day.
 */
public final class SlaWords {

    private SlaWords() {
    }

    /** What the SLA column shows, e.g. "At risk · 0:09:59 left"; empty without an SLA. */
    public static String describe(SlaCountdown countdown, I18n i18n) {
        return switch (countdown.urgency()) {
            case NONE -> "";
            case MET -> i18n.get("tickets.sla.met");
            case PAUSED -> i18n.get("tickets.sla.paused");
            case OK -> i18n.get("tickets.sla.left", span(countdown.left(), i18n));
            case WARNING -> i18n.get("tickets.sla.warning", span(countdown.left(), i18n));
            case BREACHED -> countdown.left() == null ? i18n.get("tickets.sla.missed")
                    : i18n.get("tickets.sla.overdue", span(countdown.left(), i18n));
        };
    }

    /** The target counted down to, for a tooltip: "First response due 2026-12-07 15:00". */
    public static String target(SlaCountdown countdown, I18n i18n) {
        return countdown.target() == null ? "" : i18n.get("tickets.sla.target." + countdown.target().name());
    }

    /** A duration without its sign: {@code H:MM:SS} under a day, whole days and hours from a day on. */
    public static String span(Duration left, I18n i18n) {
        Duration size = left.abs();
        if (size.toDays() >= 1) {
            return i18n.get("tickets.sla.days", size.toDays(), size.toHoursPart());
        }
        return String.format("%d:%02d:%02d", size.toHours(), size.toMinutesPart(), size.toSecondsPart());
    }
}
