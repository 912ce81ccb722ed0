package dev.switchboard.shared.sensitive;

import java.time.Instant;

/**
 * One word of the sensitive-word list, as administrators edit it
 * ({@code /api/v1/sensitive-words/entries}). Its change-log entity is {@link #ENTITY}, by id; the
 * agents' mode is a change of the same entity with the id {@link #AGENT_MODE_ID}.
 */
public record SensitiveWord(long id, String word, Instant createdAt, long version) {

    /** The change-log entity of sensitive words and of the agents' mode. */
    public static final String ENTITY = "sensitive_word";
    /** The change-log entity id under which the agents' mode changes ({@link SensitiveWordMode}). */
    public static final String AGENT_MODE_ID = "agentMode";
}
