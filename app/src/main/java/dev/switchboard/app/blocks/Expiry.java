package dev.switchboard.app.blocks;

import java.time.Duration;
import java.time.Instant;

/** How long a new block lasts, as the form offers it; {@link #NEVER} until lifted. */
enum Expiry {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    NEVER(null);

    private final Duration length;

    Expiry(Duration length) {
        this.length = length;
    }

    /** When a block made at {@code now} ends; null for never. */
    Instant from(Instant now) {
        return length == null ? null : now.plus(length);
    }
}
