package dev.switchboard.shared.sensitive;

import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.util.List;

/**
 * {@code POST /api/v1/sensitive-words/trial}: a sentence, and what the backend's screen would do
 * with it now, on this node: the sensitive words it contains (an agent's message with any is held
 * as {@code agentMode} says; a visitor's is flagged to supervisors).
 */
public final class SensitiveWordTrial {

    public static final int MAX_TEXT = 5000;

    private SensitiveWordTrial() {
    }

    /** The request: the sentence to try. */
    public record Request(String text) {
    }

    /** The answer: the words found, in the order they occur, and the agents' mode. */
    public record Result(List<String> words, AgentMode agentMode) {

        public Result {
            words = List.copyOf(words);
        }
    }
}
