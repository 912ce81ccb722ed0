package dev.switchboard.shared.sensitive;

import java.util.List;

/**
 * The sensitive words administrators keep, and what happens to an agent's message that contains
 * one. A visitor's message that contains one is always delivered, and flagged to supervisors.
 */
public record SensitiveWordSettings(AgentMode agentMode, List<String> words) {

    public static final int MAX_WORDS = 5000;
    public static final int MAX_WORD_LENGTH = 50;

    public SensitiveWordSettings {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** What an agent may do with a message that contains a sensitive word. */
    public enum AgentMode {
        /** Send it anyway after confirming, or edit it. */
        CONFIRM,
        /** Edit it: it is not sent as it is. */
        BLOCK
    }
}
