package dev.switchboard.app.visitors;

import java.time.Duration;
import java.time.Instant;

/** "0:07", "12:34", "1:02:03": how long ago something started, as the visitor list shows it. */
public final class ElapsedTime {

    private ElapsedTime() {
    }

    /** Empty when the start is unknown; never negative, since the server's clock may run ahead. */
    public static String since(Instant start, Instant now) {
        if (start == null || now == null) {
            return "";
        }
        return format(Duration.between(start, now));
    }

    public static String format(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }
}
