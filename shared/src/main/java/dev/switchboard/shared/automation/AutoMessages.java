package dev.switchboard.shared.automation;

import java.time.Instant;

/** Agent-socket messages of the automatic messages. */
public final class AutoMessages {

    /**
     * Server to the agents of a chat: the visitor has waited for an answer since {@code waitingSince}
     * (longer than the group allows); {@link Reminder}.
     */
    public static final String REMINDER = "chat.reminder";

    private AutoMessages() {
    }

    /** {@code chat.reminder}. */
    public record Reminder(long conversationId, Instant waitingSince) {
    }
}
