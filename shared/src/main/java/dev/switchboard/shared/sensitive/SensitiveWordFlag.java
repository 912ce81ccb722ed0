package dev.switchboard.shared.sensitive;

import java.time.Instant;
import java.util.List;

/**
 * A visitor's message that contains sensitive words, flagged for supervisors: pushed as
 * {@link #FLAGGED} and listed by {@code GET /api/v1/sensitive-word-flags}. A supervisor
 * acknowledges it once ({@link #ACKNOWLEDGED} tells the others); until then the acknowledgement's
 * fields are null.
 *
 * @param acknowledgedBy     the supervisor who acknowledged it
 * @param acknowledgedByName their display name
 */
public record SensitiveWordFlag(long conversationId, long seq, String visitorId, Long groupId, List<String> words, Instant at,
                                Long acknowledgedBy, String acknowledgedByName, Instant acknowledgedAt) {

    /** Server to supervisors (and the chat's agents): a visitor's message contains sensitive words. */
    public static final String FLAGGED = "chat.flagged";
    /** Server to the same people: a supervisor acknowledged the flag. */
    public static final String ACKNOWLEDGED = "chat.flag-acknowledged";

    public SensitiveWordFlag {
        words = List.copyOf(words);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
