package dev.switchboard.app.visitors;

import java.time.Duration;
import java.time.Instant;

/** How long a block lasts, as the block dialog offers it. */
public enum BlockExpiry {
    NEVER(null),
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30));

    private final Duration length;

    BlockExpiry(Duration length) {
        this.length = length;
    }

    /** When a block made at {@code now} ends; null for a block that lasts until lifted. */
    public Instant after(Instant now) {
        return length == null ? null : now.plus(length);
    }

    public String textKey() {
        return "visitors.block.expiry." + name();
    }
}
