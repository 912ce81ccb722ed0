package dev.switchboard.shared.sensitive;

import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;

/**
 * Body and answer of {@code PUT /api/v1/sensitive-words/agent-mode}: what agents may do with a
 * message that contains a sensitive word, and the version the setting was read at (the answer: the new one).
 */
public record SensitiveWordMode(AgentMode agentMode, Long version) {
}
