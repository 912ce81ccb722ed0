package dev.switchboard.shared.sensitive;

import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/sensitive-words/entries}: every word with its id and version, and
 * what agents may do with a message that contains one, with that setting's version.
 */
public record SensitiveWordList(AgentMode agentMode, long agentModeVersion, List<SensitiveWord> words) {

    public SensitiveWordList {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
