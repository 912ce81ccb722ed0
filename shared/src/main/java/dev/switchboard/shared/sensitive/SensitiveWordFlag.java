package dev.switchboard.shared.sensitive;

import java.time.Instant;
import java.util.List;

/**
 * A visitor's message that contains sensitive words, flagged for supervisors: pushed as
 * {@link #FLAGGED} and listed by {@code GET /api/v1/sensitive-word-flags}.
 */
public record SensitiveWordFlag(long conversationId, long seq, String visitorId, Long groupId, List<String> words, Instant at) {

    /** Server to supervisors (and the chat's agents): a visitor's message contains sensitive words. */
    public static final String FLAGGED = "chat.flagged";

    public SensitiveWordFlag {
        words = List.copyOf(words);
    }
}
